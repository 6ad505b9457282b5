package lab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import lab.grader.catalogue.TestCase;
import lab.grader.plan.PlannedAssignment;
import lab.grader.plan.PlannedItem;
import lab.grader.rubric.Assignment;
import lab.grader.rubric.Item;
import lab.grader.rubric.Kind;
import lab.grader.rubric.Visibility;
import lab.grader.scoring.Outcome;
import org.junit.jupiter.api.Test;

class RepeatedRunsTest {
    static final TestCase ONCE = new TestCase("lab.hidden.x.ATest", "once", false, Kind.HIDDEN_TEST);
    static final TestCase ALL = new TestCase("lab.hidden.x.ATest", "all", false, Kind.HIDDEN_TEST);
    static final TestCase MOST = new TestCase("lab.hidden.x.ATest", "most", false, Kind.HIDDEN_TEST);
    static final Outcome PASS = new Outcome.Passed();
    static final Outcome FAIL = new Outcome.Failed("no", null);
    static final PlannedAssignment ASSIGNMENT = new PlannedAssignment(new Assignment("x", "X", List.of()), List.of(
            planned("once", 1, 1.0, ONCE), planned("all", 3, 1.0, ALL), planned("most", 4, 0.5, MOST)));

    static PlannedItem planned(String id, int repeat, double fraction, TestCase test) {
        return new PlannedItem(new Item(id, Kind.HIDDEN_TEST, List.of(), 1, "d", Visibility.VISIBLE, repeat, fraction), List.of(test));
    }

    @Test
    void the_second_run_has_the_tests_of_repeating_items_only() {
        var runs = Map.of(ONCE.key(), List.of(PASS), ALL.key(), List.of(PASS), MOST.key(), List.of(PASS));

        assertThat(RepeatedRuns.testsOfNextRun(ASSIGNMENT, runs, 2)).containsExactly(ALL, MOST);
    }

    @Test
    void an_item_that_can_no_longer_earn_its_points_runs_no_more() {
        var runs = Map.of(ONCE.key(), List.of(PASS), ALL.key(), List.of(FAIL), MOST.key(), List.of(FAIL, FAIL));

        assertThat(RepeatedRuns.testsOfNextRun(ASSIGNMENT, runs, 2)).as("one failed run may still be made up for by `most`")
                .containsExactly(MOST);
        assertThat(RepeatedRuns.testsOfNextRun(ASSIGNMENT, runs, 3)).as("two failed runs of four: `most` still needs two passes")
                .containsExactly(MOST);
        var threeFailed = Map.of(MOST.key(), List.of(FAIL, FAIL, FAIL));
        assertThat(RepeatedRuns.testsOfNextRun(ASSIGNMENT, threeFailed, 4)).isEmpty();
    }

    @Test
    void no_item_runs_more_often_than_it_repeats() {
        var runs = Map.of(ALL.key(), List.of(PASS, PASS, PASS), MOST.key(), List.of(PASS, PASS, PASS));

        assertThat(RepeatedRuns.testsOfNextRun(ASSIGNMENT, runs, 4)).containsExactly(MOST);
        assertThat(RepeatedRuns.testsOfNextRun(ASSIGNMENT, runs, 5)).isEmpty();
    }
}
