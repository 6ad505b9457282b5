package lab.hidden.spawn;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import lab.kit.process.ChildJvm;

/**
 * A child JVM the test watches while it runs (the kit's {@code ChildJvm.runMain} only answers once
 * the child has ended or its timeout has passed): its standard output line by line as it comes, a
 * future that completes once it has printed so many lines, its end. Closing it kills the child and
 * its descendants.
 */
final class WatchedChild implements AutoCloseable {
    private final Process process;
    private final int awaitedLines;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final StringBuffer stderr = new StringBuffer();
    private final CompletableFuture<Void> printed = new CompletableFuture<>();
    private final Thread outDrain;
    private final Thread errDrain;

    private WatchedChild(Process process, int awaitedLines) {
        this.process = process;
        this.awaitedLines = awaitedLines;
        this.outDrain = Thread.ofPlatform().daemon().name("watched-child-stdout").start(this::drainOut);
        this.errDrain = Thread.ofPlatform().daemon().name("watched-child-stderr").start(this::drainErr);
    }

    /**
     * Starts {@code mainClass} as the kit's {@code ChildJvm.runMain} would (its command line, an
     * empty standard input, no inherited Java option variables).
     *
     * @param awaitedLines how many lines {@link #printed()} waits for
     */
    static WatchedChild start(String mainClass, List<String> args, int awaitedLines) {
        var builder = new ProcessBuilder(ChildJvm.command(mainClass, args))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        try {
            return new WatchedChild(builder.start(), awaitedLines);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a child JVM for " + mainClass + ": " + e, e);
        }
    }

    /** Completes once the child has printed the awaited number of lines, or its output has ended. */
    CompletableFuture<Void> printed() {
        return printed;
    }

    /** Completes when the child has ended. */
    CompletableFuture<Process> ended() {
        return process.onExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** @return its exit code, or -1 while it runs */
    int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    String stderr() {
        return stderr.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        outDrain.join(Duration.ofSeconds(5));
        errDrain.join(Duration.ofSeconds(5));
    }

    private void drainOut() {
        try (var reader = reader(process.getInputStream())) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                if (lines.size() >= awaitedLines) {
                    printed.complete(null);
                }
            }
        } catch (IOException closed) {
            // the child was killed; what was read is kept
        } finally {
            printed.complete(null);
        }
    }

    private void drainErr() {
        try (var reader = reader(process.getErrorStream())) {
            String line;
            while ((line = reader.readLine()) != null) {
                stderr.append(line).append('\n');
            }
        } catch (IOException closed) {
            // the child was killed; what was read is kept
        }
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
