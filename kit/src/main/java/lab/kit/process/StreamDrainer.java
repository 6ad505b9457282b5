package lab.kit.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads a child's output stream to its end on a daemon thread, so the child never blocks on a full
 * pipe. Keeps everything, or only the last {@code limit} bytes, and may echo to another stream.
 */
final class StreamDrainer {
    private final Thread thread;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;
    private final OutputStream echo;

    private StreamDrainer(InputStream in, String name, int limit, OutputStream echo) {
        this.limit = limit;
        this.echo = echo;
        this.thread = Thread.ofPlatform().name(name).daemon(true).start(() -> drain(in));
    }

    /** Keeps all the output. */
    static StreamDrainer keepingAll(InputStream in, String name) {
        return new StreamDrainer(in, name, Integer.MAX_VALUE, null);
    }

    /** Keeps the last {@code limit} bytes and copies everything to {@code echo}. */
    static StreamDrainer keepingTail(InputStream in, String name, int limit, OutputStream echo) {
        return new StreamDrainer(in, name, limit, echo);
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (kept) {
                    kept.write(buffer, 0, n);
                    if (kept.size() > limit * 2L && limit < Integer.MAX_VALUE / 2) {
                        byte[] all = kept.toByteArray();
                        kept.reset();
                        kept.write(all, all.length - limit, limit);
                    }
                }
                if (echo != null) {
                    echo.write(buffer, 0, n);
                    echo.flush();
                }
            }
        } catch (IOException closed) {
            // the process is gone or its stream was closed: what was read is kept
        }
    }

    /** Waits at most {@code bound} for the end of the stream; true when it was reached. */
    boolean await(Duration bound) throws InterruptedException {
        return thread.join(bound);
    }

    /** What was read so far (the tail when limited), decoded as UTF-8. */
    String text() {
        byte[] all;
        synchronized (kept) {
            all = kept.toByteArray();
        }
        int from = Math.max(0, all.length - limit);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }
}
