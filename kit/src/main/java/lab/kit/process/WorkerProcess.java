package lab.kit.process;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The parent's end of one worker JVM: its frames channel, its stderr, its life. */
final class WorkerProcess {
    private static final int STDERR_TAIL = 4096;

    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private final StreamDrainer stderr;
    private final ClassLoader loader;
    private boolean ready; // only touched by the thread that owns this worker

    private WorkerProcess(Process process, ClassLoader loader) {
        this.process = process;
        this.loader = loader;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.stderr = StreamDrainer.keepingTail(process.getErrorStream(),
                "process-pool-worker-" + process.pid() + "-stderr", STDERR_TAIL, new CurrentStandardError());
    }

    /** Starts a worker JVM; it is ready once {@link #awaitReady()} returned. */
    static WorkerProcess start(ClassLoader loader) throws IOException {
        var builder = new ProcessBuilder(JvmCommand.of(WorkerMain.class.getName(), List.of()));
        JvmCommand.cleanEnvironment(builder.environment());
        return new WorkerProcess(builder.start(), loader);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the worker's hello, once. */
    void awaitReady() throws IOException {
        while (!ready) {
            if (Frames.read(fromWorker, loader) instanceof Messages.Hello) {
                ready = true;
            }
        }
    }

    void send(Messages.Message message) throws IOException {
        synchronized (toWorker) {
            Frames.write(toWorker, message);
        }
    }

    /** Reads frames until the reply to request {@code id}. */
    Messages.Reply awaitReply(long id) throws IOException {
        while (true) {
            if (Frames.read(fromWorker, loader) instanceof Messages.Reply reply && reply.id() == id) {
                return reply;
            }
        }
    }

    /** Asks the worker to exit (end of its stdin), then makes sure it did within {@code bound}. */
    void retire(Duration bound) {
        try {
            synchronized (toWorker) {
                toWorker.close();
            }
        } catch (IOException alreadyGone) {
            // it is exiting anyway
        }
        try {
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTrees.kill(process.toHandle(), bound);
            }
            stderr.await(bound);
        } catch (InterruptedException e) {
            ProcessTrees.kill(process.toHandle(), bound);
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the worker and its descendants now. */
    void kill() {
        ProcessTrees.kill(process.toHandle(), Duration.ofSeconds(5));
    }

    /** Describes the death of a worker whose channel just ended. */
    WorkerDiedException died(IOException how) {
        int exitCode = -1;
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                exitCode = process.exitValue();
            }
            stderr.await(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (exitCode == -1) {
            kill();
            return new WorkerDiedException(pid(), -1, "its channel failed (" + how + ") and it was killed");
        }
        String tail = lastLines(stderr.text(), 3);
        return new WorkerDiedException(pid(), exitCode,
                tail.isEmpty() ? null : "its last lines on stderr were:\n" + tail);
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    /** Echoes worker stderr to whatever System.err is at the time, so tests can capture it. */
    private static final class CurrentStandardError extends OutputStream {
        @Override
        public void write(int b) {
            System.err.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            System.err.write(b, off, len);
        }

        @Override
        public void flush() {
            System.err.flush();
        }
    }
}
