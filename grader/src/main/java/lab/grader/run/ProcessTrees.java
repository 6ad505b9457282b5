package lab.grader.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ends a process and everything it started: a student's grandchildren must not outlive grading. */
public final class ProcessTrees {
    private static final long BOUND_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long POLL_MILLIS = 5;

    private ProcessTrees() {}

    /**
     * Kills the tree and waits (at most 5 s) until all of it has ended. The descendants are not our
     * children: once killed they stay zombies until whoever inherits them reaps them, which took 1.5-2 s
     * per test JVM here (and the JDK's {@code onExit} for them checks first after 300 ms), so they are
     * polled here, all together, and a zombie counts as ended - it runs no code and holds no memory.
     */
    public static void kill(ProcessHandle root) {
        // collect descendants first: once the root dies they are re-parented and lost to us
        List<ProcessHandle> descendants = root.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
        long deadline = System.nanoTime() + BOUND_NANOS;
        root.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(t -> root).join();
        try {
            while (descendants.stream().anyMatch(ProcessTrees::running) && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Alive and not a zombie (Linux: the state in {@code /proc/<pid>/stat}; elsewhere: alive). */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // pid (comm) state ...: comm may hold spaces and parentheses, the state follows the last ')'
            String afterName = stat.substring(stat.lastIndexOf(')') + 1).strip();
            char state = afterName.isEmpty() ? '?' : afterName.charAt(0);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException gone) {
            return Files.isDirectory(Path.of("/proc")) ? false : process.isAlive();
        }
    }
}
