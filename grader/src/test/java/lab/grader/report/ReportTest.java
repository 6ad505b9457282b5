package lab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import lab.grader.rubric.Kind;
import lab.grader.scoring.AssignmentResult;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.ItemResult;
import lab.grader.scoring.Status;
import org.junit.jupiter.api.Test;

class ReportTest {
    static final GradeResult RESULT = new GradeResult(List.of(new AssignmentResult("threads", "Threads", List.of(
            new ItemResult("runs", Kind.HIDDEN_TEST, "d", Status.PASSED, 2, 2, ""),
            new ItemResult("joins", Kind.RULE, "d", Status.NOT_COMPILED, 0, 3, "line one\nline two")))));

    @Test
    void json_has_the_contracts_keys() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(RESULT));
        assertThat(json.get("score").asInt()).isEqualTo(2);
        assertThat(json.get("max_score").asInt()).isEqualTo(5);
        JsonNode item = json.get("assignments").get(0).get("items").get(1);
        assertThat(item.get("id").asText()).isEqualTo("joins");
        assertThat(item.get("kind").asText()).isEqualTo("rule");
        assertThat(item.get("status").asText()).isEqualTo("not_compiled");
        assertThat(item.get("points").asInt()).isZero();
        assertThat(item.get("max_points").asInt()).isEqualTo(3);
        assertThat(item.get("feedback").asText()).isEqualTo("line one\nline two");
    }

    @Test
    void json_says_where_the_time_went_per_assignment_and_item() throws Exception {
        var times = new lab.grader.timing.PhaseTimes(Duration.ofMillis(120), Duration.ofMillis(900), Duration.ofMillis(2500),
                Duration.ofMillis(700), Duration.ofMillis(4300), 1, Duration.ofMillis(1800));
        var item = new ItemResult("runs", Kind.HIDDEN_TEST, "d", Status.PASSED, 2, 2, "", lab.grader.rubric.Visibility.VISIBLE,
                Duration.ofMillis(1234));
        var result = new GradeResult(List.of(new AssignmentResult("threads", "Threads", List.of(item))), List.of(),
                java.util.Map.of("threads", times));

        JsonNode assignment = new ObjectMapper().readTree(JsonReport.render(result)).get("assignments").get(0);

        assertThat(assignment.get("items").get(0).get("duration_ms").asLong()).isEqualTo(1234);
        JsonNode timing = assignment.get("timing");
        assertThat(List.of(timing.get("compile_ms").asLong(), timing.get("startup_ms").asLong(), timing.get("tests_ms").asLong(),
                timing.get("rules_ms").asLong(), timing.get("wall_ms").asLong(), timing.get("jvms").asLong(), timing.get("waits_ms").asLong()))
                .containsExactly(120L, 900L, 2500L, 700L, 4300L, 1L, 1800L);
        assertThat(new ObjectMapper().readTree(JsonReport.render(RESULT)).get("assignments").get(0).has("timing"))
                .as("no timing for an assignment that was not run").isFalse();
    }

    @Test
    void text_shows_points_status_feedback_and_the_total() {
        String text = TextReport.render(RESULT);
        assertThat(text).contains("(threads) 2/5").contains("2/2").contains("not_compiled").contains("line two").contains("Total: 2/5");
    }
}
