package lab.hidden.cpuvsio;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import lab.cpuvsio.PageIngest;
import lab.cpuvsio.PageRead;
import lab.kit.http.Gate;
import org.awaitility.core.ConditionTimeoutException;

/** Runs the student's {@code readAll} on a thread of its own, so the test can watch the server meanwhile. */
final class Ingest {
    /** Generous: held reads wait at a gate for seconds, and nothing in these tests should time out. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private static final Duration POLL = Duration.ofMillis(5);

    private final CompletableFuture<List<PageRead>> reads = new CompletableFuture<>();

    private Ingest() {
    }

    static Ingest start(List<URI> pages) {
        Ingest ingest = new Ingest();
        Thread caller = new Thread(() -> {
            try {
                ingest.reads.complete(PageIngest.readAll(pages, READ_TIMEOUT));
            } catch (Throwable failure) {
                ingest.reads.completeExceptionally(failure);
            }
        }, "readAll caller");
        caller.setDaemon(true);
        caller.start();
        return ingest;
    }

    boolean isDone() {
        return reads.isDone();
    }

    /**
     * Waits until {@code condition} holds or {@code readAll} has returned or thrown, at most {@code bound}.
     *
     * @return whether the condition held
     */
    boolean awaitOrEnd(BooleanSupplier condition, Duration bound) {
        try {
            await().atMost(bound).pollInterval(POLL).until(() -> condition.getAsBoolean() || reads.isDone());
        } catch (ConditionTimeoutException notYet) {
            // the caller reports what did not happen
        }
        return condition.getAsBoolean();
    }

    /**
     * Waits until {@code count} requests are held at {@code gate}, at most {@code bound}; gives up early once
     * readAll has ended, or once some requests are held and no more arrived for {@code stall} (a sequential
     * ingest holds one for ever, a process pool as many as it has workers). A slow start on a loaded machine
     * shows no held request yet, and is waited for.
     *
     * @return whether all of them were held at the same moment
     */
    boolean awaitHeld(Gate gate, int count, Duration bound, Duration stall) {
        var growth = new Object() {
            int lastSeen;
            long lastGrowth = System.nanoTime();

            boolean stalled() {
                int held = gate.waiting();
                long now = System.nanoTime();
                if (held > lastSeen) {
                    lastSeen = held;
                    lastGrowth = now;
                }
                return held > 0 && now - lastGrowth > stall.toNanos();
            }
        };
        try {
            await().atMost(bound).pollInterval(POLL)
                    .until(() -> gate.waiting() >= count || reads.isDone() || growth.stalled());
        } catch (ConditionTimeoutException notAllHeld) {
            // the caller reports how many were
        }
        return gate.waiting() >= count;
    }

    /** Waits at most {@code bound} for readAll to return or throw, and does not complain if it did not. */
    void awaitEnd(Duration bound) {
        try {
            reads.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException reportedByResult) {
            // result() reports it, after the caller's own assertions
        }
    }

    /** Throws the student-facing AssertionError if readAll has thrown. */
    void assertDidNotThrow() throws InterruptedException {
        if (reads.isCompletedExceptionally()) {
            result(Duration.ZERO);
        }
    }

    /** @return what readAll returned, copied into a JDK list; an AssertionError for the student otherwise */
    List<PageRead> result(Duration bound) throws InterruptedException {
        try {
            return List.copyOf(reads.get(bound.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            throw new AssertionError("PageIngest.readAll threw " + e.getCause()
                    + ": it must read every page and report a page with no answer as PageRead.failed(uri)", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("PageIngest.readAll had not returned " + bound.toSeconds() + " s after every "
                    + "page was released: it must return once every read has ended", e);
        }
    }
}
