package lab.grader.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a child's stdout or stderr to the end, keeping only the first bytes: a student flooding
 * the output must neither fill the grader's memory nor block the child on a full pipe.
 */
final class OutputDrain {
    static final int KEPT_BYTES = 64 * 1024;
    /** Beyond this much output the child is flooding: the runner stops it. */
    static final long FLOOD_BYTES = 16L * 1024 * 1024;

    private final java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final Thread thread;

    private OutputDrain(InputStream in, String name) {
        thread = Thread.ofPlatform().daemon().name(name).start(() -> drain(in));
    }

    static OutputDrain start(InputStream in, String name) {
        return new OutputDrain(in, name);
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total.addAndGet(n);
                synchronized (kept) {
                    int room = KEPT_BYTES - kept.size();
                    if (room > 0) {
                        kept.write(buffer, 0, Math.min(room, n));
                    }
                }
            }
        } catch (IOException ignored) {
            // the child was killed: what was kept is all there is
        }
    }

    /** Whether the child has written more than {@link #FLOOD_BYTES} to this stream. */
    boolean flooded() {
        return total.get() > FLOOD_BYTES;
    }

    /** What was kept so far (at most {@link #KEPT_BYTES}). */
    String text() {
        synchronized (kept) {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    void awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
    }
}
