package lab.kit.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child process whose stdout and stderr pipes drive a {@link SubprocessProtocol}, as asyncio's
 * {@code loop.subprocess_exec(protocol_factory, *args)}.
 *
 * <p>Both pipes are read at the same time, at most {@value #READ_SIZE} bytes per read, so a child that
 * writes more than a pipe buffer never blocks. Every chunk goes to the protocol in the order it was
 * read, on one thread of the transport, one call at a time; see {@link SubprocessProtocol} for the
 * order of the calls. The child's stdin is empty. A callback that throws is recorded
 * ({@link #callbackFailures()}) and reported on {@code System.err}; the other calls still come.
 */
public final class SubprocessTransport implements AutoCloseable {
    /** The most bytes one {@code pipeDataReceived} call carries. */
    public static final int READ_SIZE = 4096;
    private static final Duration CLOSE_BOUND = Duration.ofSeconds(5);

    private final Process process;
    private final SubprocessProtocol protocol;
    private final BlockingQueue<Runnable> calls = new LinkedBlockingQueue<>();
    private final CountDownLatch pipesClosed = new CountDownLatch(2);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private volatile boolean closing;

    private SubprocessTransport(Process process, SubprocessProtocol protocol) {
        this.process = process;
        this.protocol = protocol;
        long pid = process.pid();
        Thread.ofPlatform().daemon().name("subprocess-" + pid + "-callbacks").start(this::dispatch);
        Thread.ofPlatform().daemon().name("subprocess-" + pid + "-stdout")
                .start(() -> pump(SubprocessProtocol.STDOUT, process.getInputStream()));
        Thread.ofPlatform().daemon().name("subprocess-" + pid + "-stderr")
                .start(() -> pump(SubprocessProtocol.STDERR, process.getErrorStream()));
        Thread.ofPlatform().daemon().name("subprocess-" + pid + "-exit").start(this::awaitExit);
    }

    /**
     * Starts {@code command} (program and arguments) as a child process driving {@code protocol}.
     *
     * @throws UncheckedIOException if the program could not be started
     */
    public static SubprocessTransport spawn(List<String> command, SubprocessProtocol protocol) {
        Objects.requireNonNull(protocol, "protocol");
        Process process;
        try {
            process = new ProcessBuilder(List.copyOf(command)).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
        return new SubprocessTransport(process, protocol);
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /** The child's exit code once it has exited, else empty (asyncio's {@code get_returncode()}). */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /** Kills the child and its descendants; the protocol still gets the rest of the calls. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Whether {@link #close()} was called or {@code connectionLost} was delivered. */
    public boolean isClosing() {
        return closing || finished.getCount() == 0;
    }

    /**
     * Waits at most {@code timeout} for the protocol's {@code connectionLost} call to return.
     *
     * @return {@code true} once every call was delivered, {@code false} at the timeout
     */
    public boolean awaitCompletion(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** What the protocol's callbacks threw, in order. */
    public List<Throwable> callbackFailures() {
        return List.copyOf(failures);
    }

    /** Kills the child if it still runs and waits up to 5 seconds for the last call to the protocol. */
    @Override
    public void close() {
        closing = true;
        if (process.isAlive()) {
            kill();
        }
        try {
            finished.await(CLOSE_BOUND.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump(int fd, InputStream pipe) {
        Exception cause = null;
        byte[] buffer = new byte[READ_SIZE];
        try (pipe) {
            int n;
            while ((n = pipe.read(buffer)) >= 0) {
                if (n > 0) {
                    byte[] chunk = Arrays.copyOf(buffer, n);
                    calls.add(() -> protocol.pipeDataReceived(fd, chunk));
                }
            }
        } catch (IOException e) {
            cause = e;
        }
        Exception lost = cause;
        calls.add(() -> protocol.pipeConnectionLost(fd, lost));
        pipesClosed.countDown();
    }

    private void awaitExit() {
        int exitCode;
        while (true) {
            try {
                exitCode = process.waitFor();
                pipesClosed.await();
                break;
            } catch (InterruptedException e) {
                // daemon thread with no owner to answer to: keep waiting for the child
            }
        }
        int code = exitCode;
        calls.add(() -> protocol.processExited(code));
        calls.add(() -> protocol.connectionLost(null));
        calls.add(finished::countDown);
    }

    private void dispatch() {
        run(() -> protocol.connectionMade(this));
        while (finished.getCount() > 0) {
            Runnable call;
            try {
                call = calls.take();
            } catch (InterruptedException e) {
                continue;
            }
            run(call);
        }
    }

    private void run(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException | Error e) {
            failures.add(e);
            System.err.println("[kit transport] " + protocol.getClass().getName() + " threw " + e);
        }
    }
}
