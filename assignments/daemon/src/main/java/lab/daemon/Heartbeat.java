package lab.daemon;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Non-essential background work: while records are being ingested, it logs that the ingest is
 * still alive. Losing it at exit costs nothing, so it is meant to run on a daemon thread
 * ({@link IngestThreads#startHeartbeat(Heartbeat)}).
 */
public final class Heartbeat implements Runnable {

    /**
     * Prepares a heartbeat; nothing runs until {@link #run()} is called on some thread.
     *
     * @param interval the pause between two beats; zero or positive
     * @param log      where the beats go; called only from the thread that runs the heartbeat
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code interval} is negative
     */
    public Heartbeat(Duration interval, Consumer<String> log) {
        throw new UnsupportedOperationException("daemon: not implemented yet");
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
        throw new UnsupportedOperationException("daemon: not implemented yet");
    }
}
