package lab.threads;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The lecture's {@code countdown(n)}: reports {@code T-minus n}, {@code T-minus n-1}, ...,
 * {@code T-minus 1} to a sink, waiting {@code interval} after each report. It is a plain
 * {@link Runnable}: it does not know which thread runs it.
 */
public final class Countdown implements Runnable {
    private final int from;
    private final Duration interval;
    private final Consumer<String> sink;

    /**
     * @param from     the first number reported; {@code 0} reports nothing
     * @param interval how long to wait after each tick (the lecture's {@code time.sleep(5)})
     * @param sink     receives each tick as the text {@code "T-minus " + n}, on the thread that runs
     *                 the countdown
     * @throws IllegalArgumentException if {@code from} is negative or {@code interval} is negative
     */
    public Countdown(int from, Duration interval, Consumer<String> sink) {
        if (from < 0) {
            throw new IllegalArgumentException("from must be 0 or more, was " + from);
        }
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, was " + interval);
        }
        this.from = from;
        this.interval = interval;
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Reports {@code T-minus from}, ..., {@code T-minus 1} in that order, one tick per number and
     * never {@code T-minus 0}, waiting {@code interval} after each tick. If the thread is
     * interrupted while waiting, stops early and leaves the thread's interrupt flag set.
     */
    @Override
    public void run() {
        try {
            for (int n = from; n > 0; n--) {
                sink.accept("T-minus " + n);
                Thread.sleep(interval);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
