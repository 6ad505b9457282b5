package lab.eventloop;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

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

    private final long originNanos = System.nanoTime();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition handedOver = lock.newCondition();
    private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long timersScheduled;
    private boolean stopping;
    private boolean running;
    private boolean closed;

    private EventLoop() {
    }

    /**
     * Creates a new event loop, not running, with no callbacks (asyncio {@code new_event_loop()}).
     *
     * @return a new loop whose clock starts at zero now
     */
    public static EventLoop newEventLoop() {
        return new EventLoop();
    }

    /**
     * The loop's clock (asyncio {@code loop.time()}): the time elapsed on a monotonic clock since
     * this loop was created. It never goes backwards; timers are measured on it.
     *
     * @return the loop's current time
     */
    public Duration time() {
        return Duration.ofNanos(System.nanoTime() - originNanos);
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
        Objects.requireNonNull(callback, "callback");
        lock.lock();
        try {
            requireOpen();
            ready.addLast(callback);
        } finally {
            lock.unlock();
        }
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
        Objects.requireNonNull(delay, "delay");
        callAt(time().plus(delay), callback);
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
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(callback, "callback");
        lock.lock();
        try {
            requireOpen();
            timers.add(new Timer(when.toNanos(), timersScheduled++, callback));
        } finally {
            lock.unlock();
        }
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
        Objects.requireNonNull(callback, "callback");
        lock.lock();
        try {
            requireOpen();
            ready.addLast(callback);
            handedOver.signal();
        } finally {
            lock.unlock();
        }
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
        lock.lock();
        try {
            requireOpen();
            if (running) {
                throw new IllegalStateException("This event loop is already running");
            }
            running = true;
        } finally {
            lock.unlock();
        }
        try {
            boolean stopNow;
            do {
                runOnce();
                lock.lock();
                try {
                    stopNow = stopping;
                } finally {
                    lock.unlock();
                }
            } while (!stopNow);
        } finally {
            lock.lock();
            try {
                stopping = false;
                running = false;
            } finally {
                lock.unlock();
            }
        }
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
        Objects.requireNonNull(future, "future");
        future.addDoneCallback(done -> stop());
        runForever();
        if (!future.isDone()) {
            throw new IllegalStateException("The event loop stopped before the future was done");
        }
        return future.result();
    }

    /**
     * Asks the loop to stop (asyncio {@code loop.stop}): the running {@link #runForever()} returns
     * at the end of its current iteration; if the loop is not running, the next run does one
     * iteration and returns. Call it on the loop's thread; from another thread hand it over with
     * {@code callSoonThreadsafe(loop::stop)}.
     */
    public void stop() {
        lock.lock();
        try {
            stopping = true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells whether {@link #runForever()} is running right now (asyncio {@code loop.is_running}).
     *
     * @return true between the start and the end of a run
     */
    public boolean isRunning() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Creates a pending future attached to this loop (asyncio {@code loop.create_future}); its
     * done callbacks run on this loop.
     *
     * @param <T> the type of its result
     * @return a new pending future
     */
    public <T> LoopFuture<T> createFuture() {
        return new LoopFuture<>(this);
    }

    /**
     * Closes the loop (asyncio {@code loop.close}): drops every pending callback and timer; after
     * that, scheduling or running throws {@link IllegalStateException}. Closing twice is allowed.
     *
     * @throws IllegalStateException if the loop is running
     */
    @Override
    public void close() {
        lock.lock();
        try {
            if (running) {
                throw new IllegalStateException("Cannot close a running event loop: stop it first");
            }
            closed = true;
            ready.clear();
            timers.clear();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells whether {@link #close()} was called (asyncio {@code loop.is_closed}).
     *
     * @return true once the loop is closed
     */
    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    private void runOnce() {
        List<Runnable> batch;
        lock.lock();
        try {
            sleepWhileIdle();
            long now = System.nanoTime() - originNanos;
            while (!timers.isEmpty() && timers.peek().deadlineNanos() <= now) {
                ready.addLast(timers.poll().callback());
            }
            batch = new ArrayList<>(ready);
            ready.clear();
        } finally {
            lock.unlock();
        }
        for (Runnable callback : batch) {
            runGuarded(callback);
        }
    }

    // Called with the lock held: Condition.await releases it, so other threads can hand over.
    private void sleepWhileIdle() {
        try {
            while (ready.isEmpty() && !stopping) {
                Timer next = timers.peek();
                if (next == null) {
                    handedOver.await();
                } else {
                    long wait = next.deadlineNanos() - (System.nanoTime() - originNanos);
                    if (wait <= 0) {
                        return;
                    }
                    handedOver.await(wait, TimeUnit.NANOSECONDS);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private static void runGuarded(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException failure) {
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, failure);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("This event loop is closed");
        }
    }

    private record Timer(long deadlineNanos, long sequence, Runnable callback) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byDeadline = Long.compare(deadlineNanos, other.deadlineNanos);
            return byDeadline != 0 ? byDeadline : Long.compare(sequence, other.sequence);
        }
    }
}
