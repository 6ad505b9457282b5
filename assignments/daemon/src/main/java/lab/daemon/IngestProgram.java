package lab.daemon;

/**
 * The ingest as a program: an essential batch writer plus a heartbeat, both printing to
 * {@code System.out}.
 */
public final class IngestProgram {

    private IngestProgram() {
    }

    /**
     * Starts the batch writer (the essential work first), then the heartbeat, and returns at
     * once, without joining or stopping either thread and without calling {@code System.exit}.
     * <p>
     * Arguments: {@code <records> <record-pause-ms> <heartbeat-interval-ms>}, three whole
     * numbers; with no arguments it uses {@code 20 100 250}. The heartbeat
     * ({@link Heartbeat}, on {@link IngestThreads#startHeartbeat(Heartbeat)}) and the writer
     * ({@link BatchWriter}, on {@link IngestThreads#startEssential(Runnable)}) both print their
     * lines to {@code System.out} with {@code println}.
     * <p>
     * What happens next is the JVM's exit rule: the JVM exits on its own as soon as the batch
     * is complete, because then only the daemon heartbeat is left - the batch is never cut
     * short, and the heartbeat never keeps the JVM alive.
     *
     * @param args none, or {@code <records> <record-pause-ms> <heartbeat-interval-ms>}
     * @throws IllegalArgumentException if there are arguments but not three whole numbers
     */
    public static void main(String[] args) {
        throw new UnsupportedOperationException("daemon: not implemented yet");
    }
}
