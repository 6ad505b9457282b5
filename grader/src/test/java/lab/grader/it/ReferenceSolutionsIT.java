package lab.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceSolutionsIT {

    @Test
    void the_reference_solutions_score_exactly_full_marks() throws Exception {
        GraderJar.Run run = GraderJar.run(Duration.ofMinutes(10), "grade",
                GraderJar.ROOT.resolve("reference-solutions").toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode report = run.json();
        List<String> lost = new ArrayList<>();
        for (JsonNode assignment : report.get("assignments")) {
            for (JsonNode item : assignment.get("items")) {
                if (item.get("points").asInt() != item.get("max_points").asInt()) {
                    lost.add(assignment.get("id").asText() + "/" + item.get("id").asText() + " "
                            + item.get("status").asText() + ": " + item.get("feedback").asText());
                }
            }
        }
        assertThat(lost).as("items the reference solutions lose").isEmpty();
        assertThat(report.get("score").asInt()).isEqualTo(report.get("max_score").asInt());
    }
}
