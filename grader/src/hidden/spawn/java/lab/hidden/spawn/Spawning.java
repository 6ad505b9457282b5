package lab.hidden.spawn;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lab.spawn.ChildReport;
import lab.spawn.Spawner;

/**
 * One call of the student's {@code Spawner.spawnAll} on a thread of its own, so a test can watch the
 * children while it runs and is never stuck with it. Its outcome: the reports, the exception it
 * threw, or nothing if it had not returned within the bound.
 */
final class Spawning implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hidden-spawn-caller");
        t.setDaemon(true);
        return t;
    });
    private final Future<List<ChildReport>> call;
    private final long startedAt = System.nanoTime();

    private Spawning(List<ChildScript> scripts, Duration timeout) {
        List<List<String>> args = scripts.stream().map(ChildScript::toArgs).toList();
        this.call = thread.submit(() -> Spawner.spawnAll(ScriptedChild.class.getName(), args, timeout));
    }

    static Spawning start(List<ChildScript> scripts, Duration timeout) {
        return new Spawning(scripts, timeout);
    }

    boolean isDone() {
        return call.isDone();
    }

    /** Waits up to {@code bound} for spawnAll to return or throw. */
    Outcome await(Duration bound) throws InterruptedException {
        try {
            List<ChildReport> reports = call.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(reports == null ? null : List.copyOf(reports), null, false, elapsed());
        } catch (ExecutionException e) {
            return new Outcome(null, e.getCause(), false, elapsed());
        } catch (TimeoutException e) {
            return new Outcome(null, null, true, elapsed());
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    @Override
    public void close() {
        call.cancel(true);
        thread.shutdownNow();
    }

    /**
     * @param reports what spawnAll returned (copied), or null
     * @param thrown what it threw, or null
     * @param stillRunning whether it had not returned within the bound
     */
    record Outcome(List<ChildReport> reports, Throwable thrown, boolean stillRunning, Duration elapsed) {

        /** @return the reports, or an AssertionError that says why there are none */
        List<ChildReport> reportsOrFail(int expected, String what) {
            if (stillRunning) {
                throw new AssertionError("spawnAll had not returned " + elapsed.toSeconds() + " s after it was called ("
                        + what + "): wait for each child with waitFor(timeout) and kill the ones still running at "
                        + "their timeout, so that spawnAll returns soon after its timeout at the latest");
            }
            if (thrown != null) {
                var error = new AssertionError("spawnAll threw " + thrown + " (" + what + "): it must return one "
                        + "report per child; a child that fails or hangs is reported in its own report, with its "
                        + "exit code or timedOut = true");
                error.initCause(thrown);
                throw error;
            }
            if (reports == null || reports.size() != expected) {
                throw new AssertionError("spawnAll returned " + (reports == null ? "null" : reports.size() + " reports")
                        + " for " + expected + " children (" + what + "): return exactly one report per child, "
                        + "in the order of the list");
            }
            return reports;
        }
    }
}
