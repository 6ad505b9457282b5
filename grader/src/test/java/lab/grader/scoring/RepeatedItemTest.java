package lab.grader.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import lab.grader.catalogue.TestCase;
import lab.grader.plan.PlannedItem;
import lab.grader.rubric.Item;
import lab.grader.rubric.Kind;
import lab.grader.rubric.Visibility;
import org.junit.jupiter.api.Test;

/** Items with {@code repeat} (and {@code pass-fraction}): points for enough passing runs. */
class RepeatedItemTest {
    static final TestCase A = new TestCase("lab.hidden.x.ATest", "a", false, Kind.HIDDEN_TEST);
    static final TestCase B = new TestCase("lab.hidden.x.ATest", "b", false, Kind.HIDDEN_TEST);
    static final Outcome PASS = new Outcome.Passed();
    static final Outcome LOST = new Outcome.Failed("an update was lost", null);

    static PlannedItem item(int repeat, double passFraction) {
        return new PlannedItem(new Item("it", Kind.HIDDEN_TEST, List.of(), 3, "d", Visibility.VISIBLE, repeat, passFraction), List.of(A, B));
    }

    static ItemResult score(PlannedItem item, List<Outcome> a, List<Outcome> b) {
        return Scorer.score(item, Map.of(A.key(), a, B.key(), b), Map.of());
    }

    @Test
    void every_run_must_pass_by_default() {
        ItemResult allPass = score(item(3, 1.0), List.of(PASS, PASS, PASS), List.of(PASS, PASS, PASS));
        ItemResult oneRunFails = score(item(3, 1.0), List.of(PASS, PASS, PASS), List.of(PASS, LOST, PASS));

        assertThat(allPass.points()).isEqualTo(3);
        assertThat(allPass.feedback()).isEmpty();
        assertThat(oneRunFails.points()).isZero();
        assertThat(oneRunFails.status()).isEqualTo(Status.FAILED);
        assertThat(oneRunFails.feedback()).startsWith("Passed 2 of 3 runs (each with your classes loaded afresh; 3 of 3 must pass).")
                .contains("race condition").contains("an update was lost");
    }

    @Test
    void a_run_passes_only_when_all_the_items_tests_pass_in_it() {
        // a passes runs 1 and 2, b passes runs 2 and 3: only run 2 is a passing run of the item
        ItemResult result = score(item(3, 0.5), List.of(PASS, PASS, LOST), List.of(LOST, PASS, PASS));

        assertThat(result.points()).isZero();
        assertThat(result.feedback()).startsWith("Passed 1 of 3 runs");
    }

    @Test
    void a_pass_fraction_earns_the_points_with_enough_passing_runs_and_still_tells_of_the_failing_one() {
        ItemResult result = score(item(4, 0.75), List.of(PASS, LOST, PASS, PASS), List.of(PASS, PASS, PASS, PASS));

        assertThat(result.points()).isEqualTo(3);
        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.feedback()).startsWith("Passed 3 of 4 runs (each with your classes loaded afresh; 3 of 4 must pass). Enough for the points")
                .contains("an update was lost");
    }

    @Test
    void runs_skipped_once_the_item_could_not_pass_count_as_failed_and_say_nothing_more() {
        ItemResult failedAtOnce = score(item(3, 1.0), List.of(new Outcome.TimedOut("stuck", "")), List.of(PASS));
        ItemResult failedLater = score(item(3, 1.0), List.of(PASS, LOST), List.of(PASS, PASS));

        assertThat(failedAtOnce.points()).isZero();
        assertThat(failedAtOnce.status()).isEqualTo(Status.TIMEOUT);
        assertThat(failedAtOnce.feedback()).as("a first run that fails says it all").isEqualTo("stuck");
        assertThat(failedLater.feedback()).startsWith("Passed 1 of 2 runs (each with your classes loaded afresh; 3 of 3 must pass, so the other runs were skipped).")
                .contains("an update was lost").doesNotContain("no result");
    }

    @Test
    void an_items_duration_sums_its_tests_over_all_runs() {
        ItemResult result = Scorer.score(item(2, 1.0), Map.of(A.key(), List.of(PASS, PASS), B.key(), List.of(PASS, PASS)),
                Map.of(A.key(), Duration.ofMillis(300), B.key(), Duration.ofMillis(200)));

        assertThat(result.duration()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void runs_needed_rounds_the_fraction_up() {
        assertThat(new Item("i", Kind.HIDDEN_TEST, List.of(), 1, "d", Visibility.VISIBLE, 3, 0.5).runsNeeded()).isEqualTo(2);
        assertThat(new Item("i", Kind.HIDDEN_TEST, List.of(), 1, "d", Visibility.VISIBLE, 5, 0.8).runsNeeded()).isEqualTo(4);
        assertThat(new Item("i", Kind.HIDDEN_TEST, List.of(), 1, "d", Visibility.VISIBLE, 5, 1.0).runsNeeded()).isEqualTo(5);
    }
}
