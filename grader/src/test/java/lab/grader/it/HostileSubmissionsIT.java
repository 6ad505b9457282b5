package lab.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile submissions that cannot live in {@code fixtures/}: a symbolic link (the fixture copy
 * would resolve it), a 50 MB source file (too big for the repository), empty folders (git
 * keeps none) and files written outside the grading's folder (a fixture cannot check what is left on
 * the machine). Each is built here and graded with grader.jar; the first four must be turned down quickly with a
 * reason a student understands.
 */
class HostileSubmissionsIT {
    private Path submission;

    @BeforeEach
    void copyTheThreadsReference() throws Exception {
        submission = Files.createTempDirectory("grader-hostile-");
        Submissions.copy(GraderJar.ROOT.resolve("reference-solutions"), List.of("threads"), submission);
    }

    @AfterEach
    void delete() throws Exception {
        Submissions.delete(submission);
    }

    private JsonNode grade() throws Exception {
        GraderJar.Run run = GraderJar.run(Duration.ofMinutes(3), "grade", submission.toString(), "--format", "json", "--assignment", "threads");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.took()).as("turned down before any test runs").isLessThan(Duration.ofSeconds(60));
        return run.json();
    }

    private static void assertEveryItemNotCompiled(JsonNode report, String because) {
        JsonNode items = report.get("assignments").get(0).get("items");
        assertThat(items).isNotEmpty();
        for (JsonNode item : items) {
            assertThat(item.get("points").asInt()).as(item.toString()).isZero();
            assertThat(item.get("status").asText()).as(item.toString()).isEqualTo("not_compiled");
            assertThat(item.get("feedback").asText()).as(item.toString()).contains(because);
        }
    }

    @Test
    void a_symbolic_link_out_of_the_submission_is_not_followed() throws Exception {
        Path secret = Files.createTempFile("grader-hostile-secret-", ".java");
        try {
            Files.writeString(secret, "package lab.threads; class Secret {}");
            Files.createSymbolicLink(submission.resolve("threads/src/main/java/lab/threads/Secret.java"), secret);
            assertEveryItemNotCompiled(grade(), "symbolic link");
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void a_50_megabyte_source_file_is_turned_down_before_compiling() throws Exception {
        Path big = submission.resolve("threads/src/main/java/lab/threads/Big.java");
        try (var out = Files.newBufferedWriter(big)) {
            out.write("package lab.threads;\nfinal class Big {\n");
            String line = "    // " + "x".repeat(1000) + "\n";
            for (int i = 0; i < 50 * 1024; i++) {
                out.write(line);
            }
            out.write("}\n");
        }
        assertEveryItemNotCompiled(grade(), "the grader compiles source files of at most 1 MB");
    }

    @Test
    void an_empty_source_folder_scores_nothing_and_says_where_the_classes_go() throws Exception {
        Submissions.delete(submission.resolve("threads"));
        Files.createDirectories(submission.resolve("threads/src/main/java"));
        assertEveryItemNotCompiled(grade(), "no .java files");
    }

    @Test
    void files_written_outside_the_gradings_folder_never_reach_the_machine() throws Exception {
        String name = "grader-hostile-stray-" + UUID.randomUUID();
        List<Path> strays = Stream.of("/tmp", "/var/tmp", "/run/lock", "/dev/shm").map(dir -> Path.of(dir, name)).toList();
        Path countdown = submission.resolve("threads/src/main/java/lab/threads/Countdown.java");
        // every test of threads loads Countdown: its class initialiser tries each shared folder and goes on quietly
        Files.writeString(countdown, Files.readString(countdown).replace("public final class Countdown implements Runnable {",
                "public final class Countdown implements Runnable {\n    static {\n        for (String dir : new String[] {"
                        + strays.stream().map(stray -> "\"" + stray.getParent() + "\"").collect(Collectors.joining(", "))
                        + "}) {\n            try {\n                java.nio.file.Files.writeString(java.nio.file.Path.of(dir, \""
                        + name + "\"), \"stray\");\n            } catch (Exception | Error ignored) {\n            }\n        }\n    }"));
        try {
            JsonNode report = grade();

            assertThat(report.toString()).as("the isolation the report names")
                    .contains("shared folders: /tmp, /var/tmp, /run/lock, /dev/shm read-only");
            assertThat(strays).noneMatch(Files::exists);
            assertThat(report.get("score").asInt()).as("nothing else changes: the reference still scores")
                    .isEqualTo(report.get("max_score").asInt());
        } finally {
            for (Path stray : strays) {
                Files.deleteIfExists(stray);
            }
        }
    }

    @Test
    void an_empty_submission_is_bad_input_with_a_reason() throws Exception {
        Submissions.delete(submission.resolve("threads"));
        GraderJar.Run run = GraderJar.run(Duration.ofMinutes(1), "grade", submission.toString(), "--assignment", "threads");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("is not a submission");
    }
}
