package lab.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompileErrorIT {
    private final Path submission = Files.createTempDirectory("grader-compile-it-");

    CompileErrorIT() throws Exception {}

    @AfterEach
    void removeSubmission() throws Exception {
        Submissions.delete(submission);
    }

    @Test
    void an_assignment_that_does_not_compile_scores_nothing_and_the_others_are_still_graded() throws Exception {
        Submissions.copy(GraderJar.ROOT.resolve("reference-solutions"), List.of("threads", "daemon"), submission);
        Files.writeString(submission.resolve("threads/src/main/java/lab/threads/Broken.java"),
                "package lab.threads;\n\nclass Broken {\n    int x = ;\n}\n");

        JsonNode report = grade("threads", "daemon");

        JsonNode threads = assignment(report, "threads");
        assertThat(threads.get("score").asInt()).isZero();
        for (JsonNode item : threads.get("items")) {
            assertThat(item.get("status").asText()).isEqualTo("not_compiled");
            assertThat(item.get("feedback").asText()).contains("threads/src/main/java/lab/threads/Broken.java:4");
        }
        JsonNode daemon = assignment(report, "daemon");
        assertThat(daemon.get("score").asInt()).isEqualTo(daemon.get("max_score").asInt());
    }

    @Test
    void a_missing_assignment_folder_scores_nothing_and_says_so() throws Exception {
        Submissions.copy(GraderJar.ROOT.resolve("assignments"), List.of("daemon"), submission);

        JsonNode threads = assignment(grade("threads", "daemon"), "threads");

        assertThat(threads.get("items")).allSatisfy(item -> {
            assertThat(item.get("status").asText()).isEqualTo("not_compiled");
            assertThat(item.get("feedback").asText()).contains("folder threads/ was not found in your submission");
        });
    }

    private JsonNode grade(String... ids) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("grade", submission.toString(), "--format", "json"));
        for (String id : ids) {
            args.addAll(List.of("--assignment", id));
        }
        GraderJar.Run run = GraderJar.run(Duration.ofMinutes(5), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run.json();
    }

    private static JsonNode assignment(JsonNode report, String id) {
        for (JsonNode a : report.get("assignments")) {
            if (a.get("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no assignment " + id + " in " + report);
    }
}
