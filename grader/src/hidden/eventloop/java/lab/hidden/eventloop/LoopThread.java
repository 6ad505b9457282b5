package lab.hidden.eventloop;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lab.eventloop.EventLoop;

/**
 * Runs a student's loop on a thread the test owns, so that every wait is bounded: a loop that
 * never returns fails its own test and does not hang the others. Closing it stops the loop as
 * politely as possible, without asserting anything: cleanup must not fail a test that is about
 * something else.
 */
final class LoopThread implements AutoCloseable {

    private final EventLoop loop;
    private final Thread thread;
    private final CompletableFuture<Object> outcome = new CompletableFuture<>();

    private LoopThread(EventLoop loop, Callable<?> body) {
        this.loop = loop;
        this.thread = new Thread(() -> {
            try {
                outcome.complete(body.call());
            } catch (Throwable failure) {
                // wrapped: CompletableFuture would unwrap a CompletionException the loop rethrows
                outcome.complete(new Thrown(failure));
            }
        }, "event-loop-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts {@code loop.runForever()} on a new thread. */
    static LoopThread runForever(EventLoop loop) {
        return new LoopThread(loop, () -> {
            loop.runForever();
            return null;
        });
    }

    /** Starts {@code body} (which runs the loop somehow) on a new thread. */
    static LoopThread run(EventLoop loop, Callable<?> body) {
        return new LoopThread(loop, body);
    }

    Thread thread() {
        return thread;
    }

    /** Whether the body returned or threw within {@code timeout}. */
    boolean endsWithin(Duration timeout) throws InterruptedException {
        return thread.join(timeout);
    }

    /**
     * What the body returned, waiting at most {@code timeout}.
     *
     * @throws ExecutionException with the body's exception as its cause, if it threw
     * @throws TimeoutException if it is still running
     */
    Object outcome(Duration timeout) throws ExecutionException, TimeoutException, InterruptedException {
        Object result = outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (result instanceof Thrown(Throwable failure)) {
            throw new ExecutionException(failure);
        }
        return result;
    }

    private record Thrown(Throwable failure) {
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            try {
                loop.callSoonThreadsafe(loop::stop);
            } catch (RuntimeException ignored) {
                // a broken loop must not fail a test about something else
            }
            if (!thread.join(Duration.ofSeconds(1))) {
                thread.interrupt();
                thread.join(Duration.ofSeconds(1));
            }
        }
    }
}
