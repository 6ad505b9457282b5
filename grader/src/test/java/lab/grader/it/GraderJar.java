package lab.grader.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code target/grader.jar} as an external process, as a user would. */
final class GraderJar {
    static final Path JAR = Path.of("target", "grader.jar").toAbsolutePath();
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Run(int exitCode, String stdout, String stderr, Duration took) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(stdout);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + " after " + took.toSeconds() + " s\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private GraderJar() {}

    private static boolean warmedUp;

    /**
     * Runs grader.jar with {@code args}. The first call trains the test JVMs' AOT cache (warm-up), as
     * `lab demo` does, so that the ITs grade the way users do; `--no-aot-cache` tests the other way.
     */
    static Run run(Duration limit, String... args) throws IOException, InterruptedException {
        warmUpOnce();
        return exec(limit, args);
    }

    private static synchronized void warmUpOnce() throws IOException, InterruptedException {
        if (!warmedUp) {
            Run warmUp = exec(Duration.ofMinutes(5), "warm-up");
            if (warmUp.exitCode() != 0) {
                throw new AssertionError("warm-up failed: " + warmUp);
            }
            warmedUp = true;
        }
    }

    private static Run exec(Duration limit, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("grader-it-", ".out");
        Path err = Files.createTempFile("grader-it-", ".err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("grader.jar " + String.join(" ", args) + " did not finish within " + limit);
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
