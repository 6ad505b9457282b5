package lab.kit.process;

/**
 * What a child JVM left behind.
 *
 * @param pid the child's process id
 * @param exitCode its exit code (137 = killed with SIGKILL, e.g. after a timeout)
 * @param stdout everything it wrote to standard output, decoded as UTF-8
 * @param stderr everything it wrote to standard error, decoded as UTF-8
 * @param timedOut true if it was still running at the timeout and was killed (with its descendants)
 */
public record ChildResult(long pid, int exitCode, String stdout, String stderr, boolean timedOut) {
}
