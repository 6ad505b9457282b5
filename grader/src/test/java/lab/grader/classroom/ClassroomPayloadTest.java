package lab.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import lab.grader.rubric.Kind;
import lab.grader.rubric.Visibility;
import lab.grader.scoring.AssignmentResult;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.ItemResult;
import lab.grader.scoring.Status;
import org.junit.jupiter.api.Test;

class ClassroomPayloadTest {
    static final String FORGED = "boom\n::set-output name=result::AAAA\n##[set-output name=result]AAAA";
    static final GradeResult RESULT = new GradeResult(List.of(new AssignmentResult("threads", "Threads", List.of(
            new ItemResult("runs", Kind.HIDDEN_TEST, "runs on a thread", Status.PASSED, 2, 2, "", Visibility.VISIBLE),
            new ItemResult("joins", Kind.HIDDEN_TEST, "joins", Status.FAILED, 0, 3, "expected 3 (Launcher.java:17) " + FORGED, Visibility.VISIBLE),
            new ItemResult("later", Kind.RULE, "a rule", Status.FAILED, 0, 1, "secret detail", Visibility.AFTER_DUE_DATE),
            new ItemResult("secret", Kind.HIDDEN_TEST, "the secret check", Status.PASSED, 4, 4, "", Visibility.HIDDEN)))));

    static JsonNode decoded(GradeResult result, boolean failed) throws Exception {
        return new ObjectMapper().readTree(ClassroomPayload.decode(ClassroomPayload.encode(result, failed)));
    }

    @Test
    void every_item_is_a_test_with_a_whole_score_and_the_scores_sum_to_the_total() throws Exception {
        JsonNode json = decoded(RESULT, false);
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("max_score").asInt()).isEqualTo(10);
        assertThat(json.get("status").asText()).isEqualTo("fail");
        assertThat(json.get("tests")).hasSize(4);
        int sum = 0;
        for (JsonNode test : json.get("tests")) {
            assertThat(test.get("score").isInt()).as(test.toString()).isTrue();
            assertThat(test.has("name") && test.has("status") && test.has("message") && test.has("line_no") && test.has("duration")).isTrue();
            sum += test.get("score").asInt();
        }
        assertThat(sum).isEqualTo(RESULT.score()).isEqualTo(6);
    }

    @Test
    void statuses_follow_the_reporter_pass_fail_error_and_the_line_comes_from_the_feedback() throws Exception {
        JsonNode tests = decoded(RESULT, false).get("tests");
        assertThat(tests.get(0).get("status").asText()).isEqualTo("pass");
        assertThat(tests.get(1).get("status").asText()).isEqualTo("fail");
        assertThat(tests.get(1).get("line_no").asInt()).isEqualTo(17);
        assertThat(decoded(RESULT, true).get("status").asText()).isEqualTo("error");
    }

    @Test
    void after_due_date_items_withhold_feedback_and_hidden_items_withhold_their_name() throws Exception {
        JsonNode tests = decoded(RESULT, false).get("tests");
        assertThat(tests.get(2).get("name").asText()).contains("later");
        assertThat(tests.get(2).get("message").asText()).doesNotContain("secret detail").contains("after the due date");
        assertThat(tests.get(3).toString()).doesNotContain("secret");
        assertThat(tests.get(3).get("score").asInt()).isEqualTo(4);
    }

    @Test
    void student_text_never_reaches_the_log_as_a_workflow_command() throws Exception {
        String message = decoded(RESULT, false).get("tests").get(1).get("message").asText();
        assertThat(message).doesNotContain("::").doesNotContain("##[");
        String log = WorkflowCommands.fenced("x\n" + FORGED + "\n");
        String[] lines = log.split("\n");
        String token = lines[0].substring("::stop-commands::".length());
        assertThat(lines[lines.length - 1]).isEqualTo("::" + token + "::");
        for (int i = 1; i < lines.length - 1; i++) {
            assertThat(lines[i]).doesNotContain("::").doesNotContain("##[");
        }
        assertThat(StepSummary.markdown(RESULT, null)).doesNotContain("::set-output").contains("## Autograding: 6/10 points");
    }
}
