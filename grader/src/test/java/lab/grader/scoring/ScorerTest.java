package lab.grader.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import lab.grader.catalogue.TestCase;
import lab.grader.plan.PlannedItem;
import lab.grader.rubric.Item;
import lab.grader.rubric.Kind;
import org.junit.jupiter.api.Test;

class ScorerTest {
    static final TestCase A = new TestCase("lab.hidden.x.ATest", "a", false, Kind.HIDDEN_TEST);
    static final TestCase B = new TestCase("lab.hidden.x.ATest", "b", false, Kind.HIDDEN_TEST);
    static final PlannedItem ITEM = new PlannedItem(new Item("it", Kind.HIDDEN_TEST, List.of(), 3, "d"), List.of(A, B));

    @Test
    void an_item_earns_its_points_only_when_all_its_tests_pass() {
        assertThat(Scorer.score(ITEM, Map.of(A.key(), new Outcome.Passed(), B.key(), new Outcome.Passed())).points()).isEqualTo(3);
        assertThat(Scorer.score(ITEM, Map.of(A.key(), new Outcome.Passed(), B.key(), new Outcome.Failed("no", null))).points()).isZero();
    }

    @Test
    void an_items_status_is_the_worst_of_its_tests() {
        ItemResult result = Scorer.score(ITEM, Map.of(A.key(), new Outcome.Failed("no", null), B.key(), new Outcome.TimedOut("slow", "")));
        assertThat(result.status()).isEqualTo(Status.TIMEOUT);
        assertThat(result.feedback()).contains("no").contains("slow");
    }

    @Test
    void a_test_without_an_outcome_is_an_error_not_a_pass() {
        assertThat(Scorer.score(ITEM, Map.of(A.key(), new Outcome.Passed())).status()).isEqualTo(Status.ERROR);
    }

    @Test
    void not_implemented_reads_as_a_task_for_the_student() {
        CodeLocation where = new CodeLocation("lab.threads.Launcher", "start", "Launcher.java", 12);
        assertThat(Feedback.of(new Outcome.Threw(UnsupportedOperationException.class.getName(), "threads: not implemented yet", where), Kind.HIDDEN_TEST))
                .isEqualTo("Not implemented yet: Launcher.start threw UnsupportedOperationException (Launcher.java:12): implement it as the README describes");
    }

    @Test
    void other_exceptions_name_the_exception_and_the_line() {
        CodeLocation where = new CodeLocation("lab.threads.Launcher", "start", "Launcher.java", 7);
        assertThat(Feedback.of(new Outcome.Threw("java.lang.IllegalStateException", "twice", where), Kind.HIDDEN_TEST))
                .isEqualTo("your code threw IllegalStateException: twice at (Launcher.java:7)");
    }

    @Test
    void rule_feedback_keeps_the_rule_text_and_the_first_violations() {
        String message = "Rule 'no classes should call run()' was violated (8 times):\n" + "v\n".repeat(8);
        assertThat(Feedback.of(new Outcome.Failed(message, null), Kind.RULE).lines())
                .hasSize(1 + Feedback.RULE_VIOLATIONS_SHOWN + 1).last().isEqualTo("... and 3 more");
    }

    @Test
    void feedback_is_capped() {
        assertThat(Feedback.of(new Outcome.Failed("x".repeat(5000), null), Kind.HIDDEN_TEST)).hasSize(Feedback.MAX_CHARS);
    }

    @Test
    void an_items_visibility_is_carried_into_its_result() {
        PlannedItem hidden = new PlannedItem(new Item("it", Kind.HIDDEN_TEST, List.of(), 3, "d", lab.grader.rubric.Visibility.HIDDEN), List.of(A));
        assertThat(Scorer.score(hidden, Map.of(A.key(), new Outcome.Passed())).visibility()).isEqualTo(lab.grader.rubric.Visibility.HIDDEN);
    }
}
