package lab.eventloop;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The result of an operation that is not finished yet, bound to one {@link EventLoop}: the Java
 * counterpart of {@code asyncio.Future}. Create one with {@link EventLoop#createFuture()}.
 *
 * <p>It differs from {@code java.util.concurrent.Future} the way {@code asyncio.Future} differs
 * from {@code concurrent.futures.Future}: reading it never blocks ({@link #result()} and
 * {@link #exception()} take no timeout and fail while it is pending), and done callbacks always
 * run through the loop ({@link EventLoop#callSoon(Runnable)}), never inside the call that
 * completed it.
 *
 * <p>A future is done exactly once: with a result, with an exception, or cancelled. Not
 * thread-safe: use it on its loop's thread (or while the loop is not running); from another
 * thread, hand the completion over with {@code loop.callSoonThreadsafe(() -> future.setResult(x))}.
 *
 * @param <T> the type of the result
 */
public final class LoopFuture<T> {
    LoopFuture(EventLoop loop) {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Tells whether the future is done: it has a result or an exception, or was cancelled.
     *
     * @return false while pending
     */
    public boolean isDone() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Tells whether the future was cancelled.
     *
     * @return true after a successful {@link #cancel()}
     */
    public boolean isCancelled() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * The result (asyncio {@code future.result()}). Never blocks.
     *
     * @return the value given to {@link #setResult(Object)}
     * @throws IllegalStateException if the future is still pending (asyncio {@code InvalidStateError})
     * @throws CompletionException if the future failed; its cause is the exception given to
     *         {@link #setException(Throwable)}
     * @throws CancellationException if the future was cancelled
     */
    public T result() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * The exception the future failed with (asyncio {@code future.exception()}). Never blocks.
     *
     * @return the exception given to {@link #setException(Throwable)}, or null if the future has
     *         a result
     * @throws IllegalStateException if the future is still pending
     * @throws CancellationException if the future was cancelled
     */
    public Throwable exception() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Completes the future with {@code result} and schedules its done callbacks on the loop.
     *
     * @param result the value ({@code null} is allowed)
     * @throws IllegalStateException if the future is already done
     */
    public void setResult(T result) {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Completes the future with {@code error} and schedules its done callbacks on the loop.
     *
     * @param error what went wrong
     * @throws IllegalStateException if the future is already done
     */
    public void setException(Throwable error) {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Cancels the future if it is pending and schedules its done callbacks on the loop.
     *
     * @return true if it was pending and is now cancelled; false if it was already done
     */
    public boolean cancel() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Adds a callback that gets this future once it is done. The callback always runs on the
     * loop, scheduled with {@link EventLoop#callSoon(Runnable)} when the future completes (or at
     * once, if it is already done): never inside {@code setResult}, {@code setException},
     * {@code cancel} or this method. Callbacks are scheduled in the order they were added.
     *
     * @param callback what to run with this future
     */
    public void addDoneCallback(Consumer<? super LoopFuture<T>> callback) {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }
}
