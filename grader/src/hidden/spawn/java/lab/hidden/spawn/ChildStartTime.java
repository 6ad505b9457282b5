package lab.hidden.spawn;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How long child JVMs take on this machine right now: {@code n} {@link ScriptedChild}ren that print
 * two lines and end, started together the way spawnAll starts its children (the same {@code java},
 * this JVM's class path, nothing else), from the first start until the last one has ended.
 */
final class ChildStartTime {
    private ChildStartTime() {
    }

    /**
     * @return how long the {@code n} children took, or empty if they had not all ended within
     *     {@code bound} (or could not be started): then the machine is slower than that
     */
    static Optional<Duration> measure(int n, Duration bound) throws InterruptedException {
        Path dir = StartFiles.newDirectory();
        var children = new ArrayList<Process>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                var command = new ArrayList<String>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.add("-cp");
                command.add(System.getProperty("java.class.path"));
                command.add(ScriptedChild.class.getName());
                command.addAll(ChildScript.of(dir, i, "calibration").lines(2).toArgs());
                children.add(new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start());
            }
            CompletableFuture.allOf(children.stream().map(Process::onExit).toArray(CompletableFuture[]::new))
                    .get(bound.toNanos(), TimeUnit.NANOSECONDS);
            return Optional.of(Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException | ExecutionException | TimeoutException slowerThanTheBound) {
            return Optional.empty();
        } finally {
            for (Process child : children) {
                child.destroyForcibly();
            }
            for (Process child : children) {
                child.waitFor(5, TimeUnit.SECONDS);
            }
            StartFiles.cleanUp(dir);
        }
    }

    /** @return e.g. "7 s" or "1.8 s", for messages */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
