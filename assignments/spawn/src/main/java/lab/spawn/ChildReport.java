package lab.spawn;

import java.util.List;
import java.util.Objects;

/**
 * What the parent learnt about one child it spawned. Given and complete.
 *
 * @param index the child's place in the list it was started from (0 for the first)
 * @param pid the child's own process id, as the operating system gave it (never the parent's)
 * @param output everything the child wrote to its standard output, decoded as UTF-8
 * @param exitCode the exit code the child ended with; for a child killed at its timeout, the code
 *     the operating system reports for the kill (137 on Linux)
 * @param timedOut whether the child was still running at its timeout and was killed
 */
public record ChildReport(int index, long pid, String output, int exitCode, boolean timedOut) {

    public ChildReport {
        Objects.requireNonNull(output, "output");
    }

    /** @return the output split into lines, without line terminators */
    public List<String> lines() {
        return output.lines().toList();
    }

    /** @return whether the child ended on its own with exit code 0 */
    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }
}
