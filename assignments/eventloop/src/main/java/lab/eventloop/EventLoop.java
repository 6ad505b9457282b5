package lab.eventloop;

import java.time.Duration;
import java.util.concurrent.CompletionException;

/**
 * A single-threaded event loop, the Java counterpart of an asyncio event loop.
 *
 * <p>The loop runs on the thread that calls {@link #runForever()} (or
 * {@link #runUntilComplete(LoopFuture)}): that thread is "the loop's thread" while it runs, and
 * every callback runs on it, one after another, never two at a time. The loop owns no thread of
 * its own and uses no executor.
 *
 * <p>One turn of the loop ("an iteration") does this: if nothing is ready to run, sleep until
 * the earliest timer is due, or until another thread hands over a callback, or forever if there
 * is neither; then move every due timer, in deadline order, to the end of the ready queue; then
 * run the callbacks that are ready at that moment. Callbacks that those callbacks schedule run
 * in the next iteration.
 *
 * <p>Thread safety: only {@link #callSoonThreadsafe(Runnable)} may be called from any thread at
 * any time. Every other method must be called on the loop's thread (from a callback), or while
 * the loop is not running.
 */
public final class EventLoop implements AutoCloseable {
    private EventLoop() {
    }

    /**
     * Creates a new event loop, not running, with no callbacks (asyncio {@code new_event_loop()}).
     *
     * @return a new loop whose clock starts at zero now
     */
    public static EventLoop newEventLoop() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * The loop's clock (asyncio {@code loop.time()}): the time elapsed on a monotonic clock since
     * this loop was created. It never goes backwards; timers are measured on it.
     *
     * @return the loop's current time
     */
    public Duration time() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Schedules {@code callback} to run on the loop as soon as possible (asyncio
     * {@code loop.call_soon}). It runs after this method returns, once control is back in the
     * loop; callbacks scheduled this way run in the order they were scheduled (first in, first
     * out). Not thread-safe: from another thread use {@link #callSoonThreadsafe(Runnable)}.
     *
     * @param callback what to run
     * @throws IllegalStateException if the loop is closed
     */
    public void callSoon(Runnable callback) {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Schedules {@code callback} to run on the loop once {@code delay} has passed on the loop's
     * clock (asyncio {@code loop.call_later}); same as {@code callAt(time().plus(delay), callback)}.
     * It never runs before its deadline; a zero or negative delay makes it due at once.
     *
     * @param delay how long to wait, at least
     * @param callback what to run
     * @throws IllegalStateException if the loop is closed
     */
    public void callLater(Duration delay, Runnable callback) {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Schedules {@code callback} to run on the loop once the loop's clock reaches {@code when}
     * (asyncio {@code loop.call_at}). Due timers run in deadline order; timers with the same
     * deadline run in the order they were scheduled.
     *
     * @param when the deadline, a time on the loop's clock (see {@link #time()})
     * @param callback what to run
     * @throws IllegalStateException if the loop is closed
     */
    public void callAt(Duration when, Runnable callback) {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Schedules {@code callback} like {@link #callSoon(Runnable)}, from any thread (asyncio
     * {@code loop.call_soon_threadsafe}). If the loop is sleeping, it wakes up promptly to run the
     * callback, without waiting for its next timer.
     *
     * @param callback what to run on the loop's thread
     * @throws IllegalStateException if the loop is closed
     */
    public void callSoonThreadsafe(Runnable callback) {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Runs the loop on the calling thread until {@link #stop()} is called (asyncio
     * {@code loop.run_forever}). After {@code stop()} the loop finishes the iteration it is in
     * (every callback that was ready when the iteration began still runs) and returns; callbacks
     * scheduled in the meantime stay scheduled for the next run. If {@code stop()} was called
     * before, the loop runs one iteration without sleeping and returns. An interrupt of the
     * loop's thread while it sleeps ends the run like {@code stop()} and leaves the thread's
     * interrupt status set. A callback that throws does not end the loop: its exception goes to
     * the thread's uncaught exception handler and the next callback runs.
     *
     * @throws IllegalStateException if the loop is already running or closed
     */
    public void runForever() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Runs the loop until {@code future} is done and returns its result (asyncio
     * {@code loop.run_until_complete}). Other callbacks keep running meanwhile.
     *
     * @param future a future of this loop
     * @param <T> the type of the result
     * @return the future's result
     * @throws CompletionException if the future failed (its cause is the future's exception)
     * @throws java.util.concurrent.CancellationException if the future was cancelled
     * @throws IllegalStateException if the loop is running or closed, or stopped before the
     *         future was done
     */
    public <T> T runUntilComplete(LoopFuture<T> future) {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Asks the loop to stop (asyncio {@code loop.stop}): the running {@link #runForever()} returns
     * at the end of its current iteration; if the loop is not running, the next run does one
     * iteration and returns. Call it on the loop's thread; from another thread hand it over with
     * {@code callSoonThreadsafe(loop::stop)}.
     */
    public void stop() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Tells whether {@link #runForever()} is running right now (asyncio {@code loop.is_running}).
     *
     * @return true between the start and the end of a run
     */
    public boolean isRunning() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Creates a pending future attached to this loop (asyncio {@code loop.create_future}); its
     * done callbacks run on this loop.
     *
     * @param <T> the type of its result
     * @return a new pending future
     */
    public <T> LoopFuture<T> createFuture() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Closes the loop (asyncio {@code loop.close}): drops every pending callback and timer; after
     * that, scheduling or running throws {@link IllegalStateException}. Closing twice is allowed.
     *
     * @throws IllegalStateException if the loop is running
     */
    @Override
    public void close() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }

    /**
     * Tells whether {@link #close()} was called (asyncio {@code loop.is_closed}).
     *
     * @return true once the loop is closed
     */
    public boolean isClosed() {
        throw new UnsupportedOperationException("eventloop: not implemented yet");
    }
}
