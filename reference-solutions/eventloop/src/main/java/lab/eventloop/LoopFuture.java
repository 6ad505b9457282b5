package lab.eventloop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    private enum State { PENDING, RESULT, FAILED, CANCELLED }

    private final EventLoop loop;
    private final List<Consumer<? super LoopFuture<T>>> callbacks = new ArrayList<>();
    private State state = State.PENDING;
    private T value;
    private Throwable failure;

    LoopFuture(EventLoop loop) {
        this.loop = Objects.requireNonNull(loop, "loop");
    }

    /**
     * Tells whether the future is done: it has a result or an exception, or was cancelled.
     *
     * @return false while pending
     */
    public boolean isDone() {
        return state != State.PENDING;
    }

    /**
     * Tells whether the future was cancelled.
     *
     * @return true after a successful {@link #cancel()}
     */
    public boolean isCancelled() {
        return state == State.CANCELLED;
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
        return switch (state) {
            case PENDING -> throw new IllegalStateException("The future is still pending: its result is not set yet");
            case RESULT -> value;
            case FAILED -> throw new CompletionException(failure);
            case CANCELLED -> throw new CancellationException("The future was cancelled");
        };
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
        return switch (state) {
            case PENDING -> throw new IllegalStateException("The future is still pending: it has no outcome yet");
            case RESULT -> null;
            case FAILED -> failure;
            case CANCELLED -> throw new CancellationException("The future was cancelled");
        };
    }

    /**
     * Completes the future with {@code result} and schedules its done callbacks on the loop.
     *
     * @param result the value ({@code null} is allowed)
     * @throws IllegalStateException if the future is already done
     */
    public void setResult(T result) {
        requirePending();
        value = result;
        complete(State.RESULT);
    }

    /**
     * Completes the future with {@code error} and schedules its done callbacks on the loop.
     *
     * @param error what went wrong
     * @throws IllegalStateException if the future is already done
     */
    public void setException(Throwable error) {
        Objects.requireNonNull(error, "error");
        requirePending();
        failure = error;
        complete(State.FAILED);
    }

    /**
     * Cancels the future if it is pending and schedules its done callbacks on the loop.
     *
     * @return true if it was pending and is now cancelled; false if it was already done
     */
    public boolean cancel() {
        if (isDone()) {
            return false;
        }
        complete(State.CANCELLED);
        return true;
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
        Objects.requireNonNull(callback, "callback");
        if (isDone()) {
            loop.callSoon(() -> callback.accept(this));
        } else {
            callbacks.add(callback);
        }
    }

    private void complete(State outcome) {
        state = outcome;
        for (Consumer<? super LoopFuture<T>> callback : callbacks) {
            loop.callSoon(() -> callback.accept(this));
        }
        callbacks.clear();
    }

    private void requirePending() {
        if (isDone()) {
            throw new IllegalStateException("The future is already done: it can be completed only once");
        }
    }
}
