package lab.countdown;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The lecture's {@code class CountdownThread(Thread)}: a thread whose {@link #run()} counts down
 * the batches left to ingest, {@code T-minus n} down to {@code T-minus 1}. It works, but only as a
 * thread: the counting lives inside a {@link Thread} subclass and cannot run anywhere else.
 */
public final class CountdownThread extends Thread {
    private final Duration interval;
    private final Consumer<String> sink;
    private volatile int remaining;

    /**
     * Creates the thread without starting it (state {@link Thread.State#NEW}).
     *
     * @param n        the number to count down from: the first tick is {@code T-minus n};
     *                 {@code 0} reports nothing
     * @param interval how long to wait after each tick (the lecture's {@code time.sleep(5)})
     * @param sink     receives each tick as the text {@code "T-minus " + k}, on this thread
     * @throws IllegalArgumentException if {@code n} or {@code interval} is negative
     * @throws NullPointerException     if {@code interval} or {@code sink} is null
     */
    public CountdownThread(int n, Duration interval, Consumer<String> sink) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more, was " + n);
        }
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, was " + interval);
        }
        this.interval = interval;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.remaining = n;
    }

    /**
     * How many ticks are still to come: {@code n} before the thread starts, one less after each
     * tick, {@code 0} once the countdown is over (the lecture's {@code self.n}). Safe to call from
     * any thread at any time.
     */
    public int remaining() {
        return remaining;
    }

    /**
     * Reports {@code T-minus n}, ..., {@code T-minus 1} to the sink, in that order, one tick per
     * number and never {@code T-minus 0}, lowering {@link #remaining()} by one with each tick and
     * waiting {@code interval} after it. Runs on this thread once {@link #start()} is called. If the
     * thread is interrupted while waiting, the countdown stops early and the thread's interrupt flag
     * stays set.
     */
    @Override
    public void run() {
        try {
            while (remaining > 0) {
                sink.accept("T-minus " + remaining);
                remaining--;
                Thread.sleep(interval);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
