package lab.spawn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A thread that reads a child's output as it comes, so the child never blocks on a full pipe. */
final class OutputDrain {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread reader;

    private OutputDrain(InputStream in, String name) {
        this.reader = Thread.ofPlatform().name(name).daemon().start(() -> copy(in));
    }

    static OutputDrain start(InputStream in, String name) {
        return new OutputDrain(in, name);
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (bytes) {
                    bytes.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the pipe was closed under us: what was read so far is all there is
        }
    }

    /** Waits up to {@code bound} for the end of the output (a grandchild may still hold the pipe). */
    void awaitEnd(Duration bound) throws InterruptedException {
        reader.join(bound);
    }

    String text() {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
