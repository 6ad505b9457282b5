package lab.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What students and Gradescope get, run as they run it. */
class ExportsIT {
    @TempDir
    Path dir;

    record Ran(int exitCode, String output) {}

    static Ran run(Path workDir, java.util.Map<String, String> env, Duration limit, String... command) throws Exception {
        Path log = Files.createTempFile("export-it-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(String.join(" ", command) + " did not finish within " + limit + ":\n" + Files.readString(log));
            }
            return new Ran(process.exitValue(), Files.readString(log));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    @Test
    void mvn_test_in_an_exported_template_prints_the_public_points_table() throws Exception {
        Path out = dir.resolve("template");
        GraderJar.Run export = GraderJar.run(Duration.ofMinutes(1), "export-template", "--out", out.toString(),
                "--course", GraderJar.ROOT.toString(), "--assignment", "threads");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        Ran mvn = run(out, java.util.Map.of(), Duration.ofMinutes(5), "mvn", "-o", "-q", "test");
        // the skeleton fails its public tests: the table still ends the run, with nothing earned
        assertThat(mvn.output()).as(mvn.output()).contains("Public points: 0/1").contains("public-tests");
        assertThat(mvn.exitCode()).as(mvn.output()).isNotZero();
    }

    @Test
    void run_autograder_writes_results_json_for_a_submission_that_does_not_compile() throws Exception {
        Path zip = dir.resolve("autograder.zip");
        GraderJar.Run export = GraderJar.run(Duration.ofMinutes(1), "export-gradescope", "--out", zip.toString(),
                "--assignment", "threads");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        Path root = dir.resolve("autograder");
        unzip(zip, root.resolve("source"));
        Path broken = root.resolve("submission/threads/src/main/java/lab/threads/Broken.java");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "package lab.threads; class Broken { int x = ; }\n");
        Ran ran = run(root, java.util.Map.of("AUTOGRADER_ROOT", root.toString(),
                        "GRADER_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                Duration.ofMinutes(3), "bash", root.resolve("source/run_autograder").toString());
        assertThat(ran.exitCode()).as(ran.output()).isZero();
        JsonNode results = new ObjectMapper().readTree(root.resolve("results/results.json").toFile());
        assertThat(results.get("score").asInt()).as(results.toString()).isZero();
        assertThat(results.get("tests").size()).as(results.toString()).isPositive();
        for (JsonNode test : results.get("tests")) {
            assertThat(test.get("name").asText()).startsWith("threads/");
            assertThat(test.get("status").asText()).isEqualTo("failed");
            assertThat(test.get("output").asText()).contains("does not compile");
            assertThat(test.get("max_score").asInt()).isPositive();
        }
    }

    private static void unzip(Path zip, Path to) throws Exception {
        Files.createDirectories(to);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Files.write(to.resolve(e.getName()), z.readAllBytes());
            }
        }
    }
}
