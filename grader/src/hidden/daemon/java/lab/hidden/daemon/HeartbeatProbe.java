package lab.hidden.daemon;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lab.daemon.IngestProgram;

/**
 * Runs the student's {@link IngestProgram#main(String[])} in a child JVM and reports, on the
 * original stdout, what the JVM's exit rule needs to be judged: that main returned, that the
 * heartbeat was beating afterwards, and - from a shutdown hook - which non-daemon threads were
 * still running when the JVM began to shut down (none, when it ended on its own; the caller of
 * {@code System.exit} and whatever it cut short otherwise).
 */
public final class HeartbeatProbe {

    static final String MAIN_RETURNED = "probe: main returned";
    static final String HEARTBEAT_SEEN = "probe: heartbeat seen after main returned";
    static final String HEARTBEAT_NOT_SEEN = "probe: no heartbeat within 5 s after main returned";
    static final String EXIT_REPORT = "probe: non-daemon threads running at exit: ";

    private HeartbeatProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream original = System.out;
        CountDownLatch beat = new CountDownLatch(1);
        System.setOut(new PrintStream(new BeatWatcher(original, beat), true, StandardCharsets.UTF_8));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            original.println(EXIT_REPORT + nonDaemonThreadsOtherThanShutdown());
            original.flush();
        }));

        IngestProgram.main(args);

        original.println(MAIN_RETURNED);
        original.println(beat.await(5, TimeUnit.SECONDS) ? HEARTBEAT_SEEN : HEARTBEAT_NOT_SEEN);
        original.flush();
    }

    private static List<String> nonDaemonThreadsOtherThanShutdown() {
        Thread self = Thread.currentThread();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t != self && t.isAlive() && !t.isDaemon())
                .map(Thread::getName)
                .filter(name -> !name.equals("DestroyJavaVM"))
                .sorted()
                .toList();
    }

    /**
     * Passes each complete line on in one write and counts down when it mentions a beat. Whole lines:
     * byte by byte, the shutdown hook's report could land in the middle of a heartbeat line that a
     * daemon thread was still writing, and no longer start a line of its own.
     */
    private static final class BeatWatcher extends OutputStream {
        private final OutputStream target;
        private final CountDownLatch beat;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        BeatWatcher(OutputStream target, CountDownLatch beat) {
            this.target = target;
            this.beat = beat;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                try {
                    target.write(line.toByteArray());
                    target.flush();
                } catch (java.io.IOException ignored) {
                    // the original stdout is a PrintStream: it does not throw
                }
                if (line.toString(StandardCharsets.UTF_8).contains("still ingesting")) {
                    beat.countDown();
                }
                line.reset();
            }
        }

        @Override
        public synchronized void flush() {
            try {
                target.flush();
            } catch (java.io.IOException ignored) {
                // see write
            }
        }
    }
}
