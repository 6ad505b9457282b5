package lab.grader.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StabilityTest {
    static JsonNode report(String joinStatus) throws Exception {
        int points = joinStatus.equals("passed") ? 2 : 0;
        return new ObjectMapper().readTree("""
                {"score": %d, "max_score": 3, "assignments": [{"id": "threads", "items": [
                  {"id": "runs", "status": "passed", "points": 1, "feedback": ""},
                  {"id": "joins", "status": "%s", "points": %d, "feedback": "join returned early"}]}]}
                """.formatted(1 + points, joinStatus, points));
    }

    @Test
    void an_item_not_passed_in_every_grading_is_unstable_with_its_first_failure() throws Exception {
        var result = Stability.tally(List.of(report("passed"), report("timeout"), report("failed")),
                List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));

        assertThat(result.fullMarks()).isEqualTo(1);
        assertThat(result.unstable()).containsExactly("threads/joins");
        assertThat(result.items().get("threads/joins").passed()).isEqualTo(1);
        assertThat(result.items().get("threads/joins").firstFailure()).isEqualTo("run 2: timeout: join returned early");
        assertThat(result.items().get("threads/runs").passed()).isEqualTo(3);
    }

    @Test
    void a_reference_at_full_marks_every_time_is_stable() throws Exception {
        var result = Stability.tally(List.of(report("passed"), report("passed")), List.of(Duration.ZERO, Duration.ZERO));

        assertThat(result.fullMarks()).isEqualTo(2);
        assertThat(result.unstable()).isEmpty();
    }
}
