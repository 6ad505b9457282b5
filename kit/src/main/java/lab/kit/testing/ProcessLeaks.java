package lab.kit.testing;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Finds descendant processes of this JVM (children, grandchildren, ...) that are still alive: a
 * child that was never waited for or killed, a process pool that was not shut down.
 *
 * <pre>{@code
 * var leaks = ProcessLeaks.snapshot();
 * student.spawnAll(4, Duration.ofSeconds(2));
 * leaks.assertNoneAfter(Duration.ofSeconds(5));
 * ProcessLeaks.killAll();   // cleanup, e.g. in @AfterEach
 * }</pre>
 */
public final class ProcessLeaks {
    private final Set<Long> before;

    private ProcessLeaks(Set<Long> before) {
        this.before = before;
    }

    /** @return a snapshot of this JVM's descendants alive now */
    public static ProcessLeaks snapshot() {
        return new ProcessLeaks(descendants().stream().map(ProcessHandle::pid).collect(Collectors.toSet()));
    }

    /** @return this JVM's descendant processes that are alive now */
    public static List<ProcessHandle> descendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    }

    /** @return the descendants started since the snapshot that are alive now */
    public List<ProcessHandle> newProcesses() {
        return descendants().stream().filter(p -> !before.contains(p.pid())).toList();
    }

    /**
     * Waits up to {@code bound} for the descendants started since the snapshot to end.
     *
     * @return those still alive at the end of the wait (empty: no leak)
     */
    public List<ProcessHandle> awaitGone(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        List<ProcessHandle> alive = newProcesses();
        while (!alive.isEmpty() && System.nanoTime() - deadline < 0) {
            Thread.sleep(10);
            alive = newProcesses();
        }
        return alive;
    }

    /**
     * Waits up to {@code bound} and throws if descendants started since the snapshot are alive.
     *
     * @throws AssertionError naming each process (pid and command line)
     */
    public void assertNoneAfter(Duration bound) throws InterruptedException {
        List<ProcessHandle> leaked = awaitGone(bound);
        if (!leaked.isEmpty()) {
            throw new AssertionError(leaked.size() + " child process(es) started during the test were still"
                    + " alive " + bound.toMillis() + " ms later: " + describe(leaked) + ". Wait for every child"
                    + " you start (waitFor with a timeout) and kill the ones that do not finish in time.");
        }
    }

    /**
     * Waits up to {@code bound} for each of these processes to end (for pids learnt from elsewhere,
     * e.g. a child's output).
     *
     * @return the pids still alive at the end of the wait
     */
    public static List<Long> awaitGone(List<Long> pids, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        List<Long> alive = stillAlive(pids);
        while (!alive.isEmpty() && System.nanoTime() - deadline < 0) {
            Thread.sleep(10);
            alive = stillAlive(pids);
        }
        return alive;
    }

    private static List<Long> stillAlive(List<Long> pids) {
        return pids.stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).toList();
    }

    /**
     * Kills every descendant of this JVM (deepest first, so none is re-parented and lost) and waits up
     * to five seconds for them to end.
     *
     * @return the number of processes that were alive and got killed
     */
    public static int killAll() {
        List<ProcessHandle> all = descendants();
        var killed = new HashSet<Long>();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).destroyForcibly()) {
                killed.add(all.get(i).pid());
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException stillAlive) {
                // reported by the next descendants() call
            }
        }
        return killed.size();
    }

    /** @return one entry per process: pid and command line (as far as the OS tells) */
    public static String describe(List<ProcessHandle> processes) {
        return processes.stream().map(p -> "pid " + p.pid() + " ("
                        + p.info().commandLine().or(() -> p.info().command()).orElse("command unknown") + ")")
                .collect(Collectors.joining("; "));
    }
}
