package lab.protocols;

import java.util.concurrent.CompletableFuture;
import lab.kit.transport.SubprocessProtocol;

/**
 * Collects a child process's output lines and exit code, like an asyncio {@code SubprocessProtocol}
 * given to {@code loop.subprocess_exec}: {@code SubprocessTransport.spawn(command, collector)}.
 *
 * <p>A line ends with {@code \n} (a {@code \r} before it is dropped); a last line without {@code \n}
 * still counts. Lines are decoded as UTF-8. Standard output and standard error are kept apart. The
 * output arrives in chunks of at most {@code SubprocessTransport.READ_SIZE} bytes cut anywhere.
 */
public final class OutputCollector implements SubprocessProtocol {

    /** A collector for one child process. */
    public OutputCollector() {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }

    /** A chunk of the child's output from pipe {@code fd} ({@link #STDOUT} or {@link #STDERR}). */
    @Override
    public void pipeDataReceived(int fd, byte[] data) {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }

    /** The child exited with {@code exitCode}. */
    @Override
    public void processExited(int exitCode) {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }

    /** Both pipes are closed and the child has exited: the last call. */
    @Override
    public void connectionLost(Exception cause) {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }

    /**
     * Completes once the child has exited and both of its pipes are closed, with every line of each
     * pipe and the exit code; never before.
     */
    public CompletableFuture<CollectedOutput> result() {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }
}
