package lab.hidden.futures;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lab.futures.Gathering;
import lab.futures.PageResult;

/** Calls into a student's gathering with a bound of the test's own, so a method that waits forever fails with a message. */
final class Results {
    /** On top of the bound a method was given, how long it may take to return. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    private Results() {
    }

    /** {@code gathering.next(bound)}, failing with a message if it does not return in time. */
    static Optional<PageResult> next(Gathering gathering, Duration bound) throws Exception {
        return within(bound.plus(SLACK), () -> gathering.next(bound),
                "next(" + bound + ") did not return within " + bound.plus(SLACK) + ": it must wait at most its "
                        + "timeout and hand back whichever fetch completed first, not wait for one particular URL");
    }

    /** Runs {@code call} on a virtual thread of its own and waits at most {@code bound} for it. */
    static <T> T within(Duration bound, java.util.concurrent.Callable<T> call, String whenLate) throws Exception {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        Thread.ofVirtual().name("hidden-test-call").start(() -> {
            try {
                outcome.complete(call.call());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        });
        try {
            return outcome.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new AssertionError(whenLate);
        } catch (ExecutionException failed) {
            // the student's own exception, so the grader can show where it came from
            if (failed.getCause() instanceof Exception e) {
                throw e;
            }
            throw (Error) failed.getCause();
        }
    }
}
