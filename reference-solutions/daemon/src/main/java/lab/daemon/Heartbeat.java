package lab.daemon;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Non-essential background work: while records are being ingested, it logs that the ingest is
 * still alive. Losing it at exit costs nothing, so it is meant to run on a daemon thread
 * ({@link IngestThreads#startHeartbeat(Heartbeat)}).
 */
public final class Heartbeat implements Runnable {

    private final Duration interval;
    private final Consumer<String> log;

    /**
     * Prepares a heartbeat; nothing runs until {@link #run()} is called on some thread.
     *
     * @param interval the pause between two beats; zero or positive
     * @param log      where the beats go; called only from the thread that runs the heartbeat
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code interval} is negative
     */
    public Heartbeat(Duration interval, Consumer<String> log) {
        this.interval = Objects.requireNonNull(interval, "interval");
        this.log = Objects.requireNonNull(log, "log");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative: " + interval);
        }
    }

    /**
     * Beats until the running thread is interrupted.
     * <p>
     * Logs {@code still ingesting (beat 1)} at once, then pauses {@code interval}, logs
     * {@code still ingesting (beat 2)}, and so on, numbering the beats from 1 without gaps.
     * When the thread is interrupted (during a pause, or before one), it logs
     * {@code heartbeat stopped after k beats}, where {@code k} is the number of beats logged,
     * and returns promptly, leaving the thread's interrupt status set. It never returns on its
     * own otherwise.
     */
    @Override
    public void run() {
        int beats = 0;
        try {
            while (true) {
                beats++;
                log.accept("still ingesting (beat " + beats + ")");
                Thread.sleep(interval);
            }
        } catch (InterruptedException stopRequested) {
            log.accept("heartbeat stopped after " + beats + " beats");
            Thread.currentThread().interrupt();
        }
    }
}
