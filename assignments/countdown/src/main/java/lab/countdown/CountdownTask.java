package lab.countdown;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * The {@code CountdownTask} the lecture runs with {@code multiprocessing.Process(target=c.run)} but
 * never defines: the same countdown as {@link CountdownThread}, written neutral to the means of
 * concurrency. It is a plain object that a thread, an executor or a child process can run
 * unchanged: a {@link Runnable} for {@code new Thread(task)}, a {@link Callable} for
 * {@code executor.submit(task)}, and {@link Serializable} so that a copy of it can be sent to
 * another JVM. It has no dependency on {@code java.lang.Thread} or on any executor: what runs it
 * is the runner's choice, not the task's.
 *
 * <p>A task counts down once: after the countdown {@link #remaining()} is {@code 0}, and running
 * it again reports nothing more. {@link #remaining()} and {@link #ticks()} may be called from any
 * thread while the countdown runs. A copy of the task sent to another process counts down there:
 * the caller's own task is not changed by it; the result of {@link #call()} is how the ticks come
 * back.
 */
public final class CountdownTask implements Runnable, Callable<List<String>>, Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a task that has not started counting.
     *
     * @param n        the number to count down from: the first tick is {@code T-minus n};
     *                 {@code 0} reports nothing
     * @param interval how long to wait after each tick (the lecture's {@code time.sleep(5)})
     * @throws IllegalArgumentException if {@code n} or {@code interval} is negative
     * @throws NullPointerException     if {@code interval} is null
     */
    public CountdownTask(int n, Duration interval) {
        throw new UnsupportedOperationException("countdown: not implemented yet");
    }

    /**
     * How many ticks are still to come: {@code n} before the countdown, one less after each tick,
     * {@code 0} once it is over (the lecture's {@code self.n}).
     */
    public int remaining() {
        throw new UnsupportedOperationException("countdown: not implemented yet");
    }

    /**
     * The ticks this task has reported so far, oldest first, each the text {@code "T-minus " + k}:
     * a new list that later ticks do not change.
     */
    public List<String> ticks() {
        throw new UnsupportedOperationException("countdown: not implemented yet");
    }

    /**
     * Counts down: records {@code T-minus n}, ..., {@code T-minus 1} in {@link #ticks()}, in that
     * order, one tick per number and never {@code T-minus 0}, lowering {@link #remaining()} by one
     * with each tick and waiting {@code interval} after it; then returns {@link #ticks()}.
     *
     * @return every tick this task has reported, oldest first
     * @throws InterruptedException if the thread running it is interrupted while it waits; the
     *                              countdown stops there
     */
    @Override
    public List<String> call() throws InterruptedException {
        throw new UnsupportedOperationException("countdown: not implemented yet");
    }

    /**
     * The same countdown as {@link #call()}, for runners that take a {@link Runnable}; the ticks
     * are then read with {@link #ticks()}.
     *
     * @throws CancellationException if the thread running it is interrupted while it waits (its
     *                               cause is the {@link InterruptedException}); the countdown
     *                               stops there
     */
    @Override
    public void run() {
        throw new UnsupportedOperationException("countdown: not implemented yet");
    }
}
