package lab.kit.transport;

/**
 * A protocol for a child process, as asyncio's {@code SubprocessProtocol}: it receives what the child
 * writes to its stdout (fd 1) and stderr (fd 2) through unidirectional pipes, then its exit code.
 *
 * <p>The transport calls these methods on one thread, one at a time, in this order:
 * {@code connectionMade}; {@code pipeDataReceived} for each chunk read from either pipe, in the order
 * the chunks were read; {@code pipeConnectionLost} once per pipe when it reaches its end; then
 * {@code processExited} with the exit code; then {@code connectionLost}, always last. (asyncio may call
 * {@code process_exited} before the last pipe data; the kit waits for both pipes first, so the order
 * above always holds.)
 */
public interface SubprocessProtocol {
    /** The file descriptor number of the child's standard output. */
    int STDOUT = 1;
    /** The file descriptor number of the child's standard error. */
    int STDERR = 2;

    /** The child has started. */
    default void connectionMade(SubprocessTransport transport) {
    }

    /**
     * A chunk of the child's output from pipe {@code fd} ({@link #STDOUT} or {@link #STDERR}). Chunks
     * are cut where the pipe's reads ended, not at line ends: a line longer than a read, or one that
     * straddles two reads, arrives in pieces. The array is the protocol's to keep.
     */
    default void pipeDataReceived(int fd, byte[] data) {
    }

    /** Pipe {@code fd} reached its end ({@code cause} is {@code null}) or failed. */
    default void pipeConnectionLost(int fd, Exception cause) {
    }

    /** The child exited with {@code exitCode} (128 + the signal number when it was killed, on Linux). */
    default void processExited(int exitCode) {
    }

    /** Both pipes are closed and the child has exited: the last call. */
    default void connectionLost(Exception cause) {
    }
}
