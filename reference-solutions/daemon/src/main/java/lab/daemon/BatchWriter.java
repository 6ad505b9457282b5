package lab.daemon;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Essential work: writes a batch of records to a sink. If the program exits before the batch
 * is complete, records are lost, so it must run on a thread that keeps the JVM alive
 * ({@link IngestThreads#startEssential(Runnable)}) - and it must stop cleanly when asked.
 */
public final class BatchWriter implements Runnable {

    private final int records;
    private final Duration pause;
    private final Consumer<String> sink;

    /**
     * Prepares a batch; nothing is written until {@link #run()} is called on some thread.
     *
     * @param records how many records to write; zero or more
     * @param pause   how long writing one record takes (simulated by a pause before each record)
     * @param sink    where the records go; called only from the thread that runs the writer
     * @throws NullPointerException     if {@code pause} or {@code sink} is null
     * @throws IllegalArgumentException if {@code records} or {@code pause} is negative
     */
    public BatchWriter(int records, Duration pause, Consumer<String> sink) {
        this.pause = Objects.requireNonNull(pause, "pause");
        this.sink = Objects.requireNonNull(sink, "sink");
        if (records < 0) {
            throw new IllegalArgumentException("records must not be negative: " + records);
        }
        if (pause.isNegative()) {
            throw new IllegalArgumentException("pause must not be negative: " + pause);
        }
        this.records = records;
    }

    /**
     * Writes the batch, on the calling thread.
     * <p>
     * For {@code i} from 1 to {@code records}: pauses {@code pause}, then writes
     * {@code record i} to the sink. After the last record it writes
     * {@code batch complete: n records} (with {@code n = records}) and returns.
     * <p>
     * If the thread is interrupted before the batch is complete, the writer stops at its next
     * pause, without writing any further record: it writes
     * {@code batch stopped: k of n records written}, where {@code k} is the number of records
     * written so far, and returns promptly, leaving the thread's interrupt status set.
     */
    @Override
    public void run() {
        int written = 0;
        try {
            for (int i = 1; i <= records; i++) {
                Thread.sleep(pause);
                sink.accept("record " + i);
                written++;
            }
            sink.accept("batch complete: " + records + " records");
        } catch (InterruptedException stopRequested) {
            sink.accept("batch stopped: " + written + " of " + records + " records written");
            Thread.currentThread().interrupt();
        }
    }
}
