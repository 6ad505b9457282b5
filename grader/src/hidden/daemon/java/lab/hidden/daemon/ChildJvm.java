package lab.hidden.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A child JVM on the test's own class path, with its output (stdout and stderr merged) drained
 * line by line on a daemon thread so the pipe never fills up. Closing it kills the child and
 * its descendants if they are still running.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread drain;

    private ChildJvm(Process process) {
        this.process = process;
        this.drain = Thread.ofPlatform().daemon().name("child-jvm-drain").start(this::drainOutput);
    }

    static ChildJvm start(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        return new ChildJvm(process);
    }

    /** Waits at most {@code timeout} for the child to exit, then for its output to be read. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        boolean exited = process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        if (exited) {
            drain.join(Duration.ofSeconds(5));
        }
        return exited;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** The lines read so far (a snapshot). */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The output so far, for failure messages (the first lines only). */
    String transcript() {
        List<String> snapshot = lines();
        List<String> shown = snapshot.size() > 40 ? snapshot.subList(0, 40) : snapshot;
        return String.join("\n", shown) + (snapshot.size() > 40 ? "\n... (" + (snapshot.size() - 40) + " more lines)" : "");
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
        drain.join(Duration.ofSeconds(5));
    }

    private void drainOutput() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException closed) {
            // the child was killed; what was read is kept
        }
    }
}
