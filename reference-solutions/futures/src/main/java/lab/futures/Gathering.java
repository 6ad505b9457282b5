package lab.futures;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The fetches of one call to {@link PageGatherer#gather}, running in the background: the Java form
 * of the lecture's {@code future_to_url} dictionary together with {@code as_completed(...)}.
 *
 * <p>Every URL gives exactly one {@link PageResult}, unless its fetch is cancelled by
 * {@link #cancel()}. A failing URL gives a {@link FetchFailed} and never stops the others.
 * Methods may be called from any thread.
 */
public interface Gathering extends AutoCloseable {

    /**
     * Returns the next result <em>in completion order</em>: the result of a fetch that has completed
     * and was not yet returned, the earliest completed first, whatever its position in the list.
     * Waits at most {@code timeout} for a fetch to complete if none has.
     *
     * @param timeout the longest time to wait; {@link Duration#ZERO} means do not wait
     * @return the next completed result, or empty if none completed within {@code timeout}, or at
     *     once if no result remains ({@link #remaining()} is 0)
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    Optional<PageResult> next(Duration timeout) throws InterruptedException;

    /**
     * @return the number of results not yet returned by {@link #next}: URLs whose fetch is queued,
     *     running, or completed but not yet taken; cancelled fetches do not count
     */
    int remaining();

    /**
     * Stops the gathering: cancels every fetch that has not completed yet. A fetch that has not
     * started never sends its request; a fetch in flight is interrupted and its request abandoned.
     * Returns only once no fetch of this gathering is running any more, and its threads have ended.
     * Results that completed before are still returned by {@link #next}; cancelled fetches give no
     * result. Calling it again does nothing and returns an empty list.
     *
     * @return the URLs whose fetch was cancelled, in the order of the list given to
     *     {@link PageGatherer#gather}
     * @throws InterruptedException if the calling thread is interrupted while it waits for the
     *     fetches to end
     */
    List<URI> cancel() throws InterruptedException;

    /**
     * Same as {@link #cancel()}, for try-with-resources. Note the difference from Python: leaving a
     * {@code with ThreadPoolExecutor(...)} block waits for every pending call; leaving this block
     * cancels the fetches that have not completed.
     */
    @Override
    default void close() throws InterruptedException {
        cancel();
    }
}
