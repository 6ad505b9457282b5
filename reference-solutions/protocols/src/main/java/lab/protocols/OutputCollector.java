package lab.protocols;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import lab.kit.transport.SubprocessProtocol;

/**
 * Collects a child process's output lines and exit code, like an asyncio {@code SubprocessProtocol}
 * given to {@code loop.subprocess_exec}: {@code SubprocessTransport.spawn(command, collector)}.
 *
 * <p>A line ends with {@code \n} (a {@code \r} before it is dropped); a last line without {@code \n}
 * still counts. Lines are decoded as UTF-8. Standard output and standard error are kept apart.
 */
public final class OutputCollector implements SubprocessProtocol {
    private final Lines stdoutLines = new Lines();
    private final Lines stderrLines = new Lines();
    private final List<String> stdout = new ArrayList<>();
    private final List<String> stderr = new ArrayList<>();
    private final CompletableFuture<CollectedOutput> result = new CompletableFuture<>();
    private int exitCode;

    /** A collector for one child process. */
    public OutputCollector() {
    }

    /** Adds a chunk of the child's output from pipe {@code fd}; the chunk may end in the middle of a line. */
    @Override
    public void pipeDataReceived(int fd, byte[] data) {
        if (fd == STDOUT) {
            stdout.addAll(stdoutLines.feed(data));
        } else if (fd == STDERR) {
            stderr.addAll(stderrLines.feed(data));
        }
    }

    /** Keeps the child's exit code. */
    @Override
    public void processExited(int exitCode) {
        this.exitCode = exitCode;
    }

    /** Completes {@link #result()}: the pipes are closed and the child has exited. */
    @Override
    public void connectionLost(Exception cause) {
        addRest(stdoutLines, stdout);
        addRest(stderrLines, stderr);
        result.complete(new CollectedOutput(stdout, stderr, exitCode));
    }

    /**
     * Completes once the child has exited and both of its pipes are closed, with every line and the
     * exit code; never before.
     */
    public CompletableFuture<CollectedOutput> result() {
        return result;
    }

    private static void addRest(Lines lines, List<String> into) {
        String rest = lines.rest();
        if (rest != null) {
            into.add(rest);
        }
    }
}
