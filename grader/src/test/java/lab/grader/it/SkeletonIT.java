package lab.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SkeletonIT {

    @Test
    void the_skeletons_score_nothing_and_grading_ends_within_the_submission_limit() throws Exception {
        GraderJar.Run run = GraderJar.run(Duration.ofMinutes(8), "grade",
                GraderJar.ROOT.resolve("assignments").toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("score").asInt()).as(run.stdout()).isZero();
        for (JsonNode assignment : report.get("assignments")) {
            for (JsonNode item : assignment.get("items")) {
                assertThat(item.get("status").asText()).as(assignment.get("id") + "/" + item.get("id")).isNotEqualTo("passed");
            }
        }
        // the rubric's default submission limit is 300 s; grading must not run past it
        assertThat(run.took()).isLessThan(Duration.ofSeconds(300 + 60));
    }
}
