package lab.grader.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import lab.grader.catalogue.TestCase;
import lab.grader.catalogue.TestCatalogue;
import lab.grader.rubric.InvalidRubricException;
import lab.grader.rubric.Kind;
import lab.grader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

class RubricValidatorTest {
    static final TestCatalogue CATALOGUE = new TestCatalogue(List.of(
            new TestCase("lab.hidden.threads.LauncherTest", "runs", false, Kind.HIDDEN_TEST),
            new TestCase("lab.hidden.threads.ThreadsRules", "starts", true, Kind.RULE),
            new TestCase("lab.threads.LauncherPublicTest", "works", false, Kind.PUBLIC_TEST)));

    static String rubric(String... items) {
        StringBuilder yaml = new StringBuilder("assignments:\n  threads:\n    title: T\n    items:\n");
        for (String item : items) {
            String[] p = item.split(" ");
            yaml.append("      - id: ").append(p[0]).append("\n        kind: ").append(p[1])
                    .append("\n        tests: [").append(p[2]).append("]\n        points: 1\n        description: d\n");
        }
        return yaml.toString();
    }

    static String errorsOf(String yaml) {
        return catchThrowableOfType(InvalidRubricException.class,
                () -> RubricValidator.plan(RubricLoader.parse("rubric.yaml", yaml), CATALOGUE)).getMessage();
    }

    @Test
    void a_complete_rubric_resolves_every_item_to_its_tests() throws Exception {
        GradingPlan plan = RubricValidator.plan(RubricLoader.parse("rubric.yaml", rubric(
                "a hidden-test lab.hidden.threads.LauncherTest", "b rule lab.hidden.threads.ThreadsRules#starts")), CATALOGUE);
        assertThat(plan.assignment("threads").orElseThrow().tests()).extracting(TestCase::key)
                .containsExactly("lab.hidden.threads.LauncherTest#runs", "lab.hidden.threads.ThreadsRules#starts");
    }

    @Test
    void a_selector_that_matches_nothing_is_reported_with_line_and_field() {
        assertThat(errorsOf(rubric("a hidden-test lab.hidden.threads.LauncherTest#nope", "b rule lab.hidden.threads.ThreadsRules")))
                .contains("rubric.yaml:7: assignments.threads.items[0].tests[0]: lab.hidden.threads.LauncherTest#nope matches no test or rule");
    }

    @Test
    void a_selector_of_the_wrong_kind_is_reported() {
        assertThat(errorsOf(rubric("a rule lab.hidden.threads.LauncherTest", "b rule lab.hidden.threads.ThreadsRules")))
                .contains("assignments.threads.items[0].tests[0]: a rule item must select rules");
    }

    @Test
    void a_hidden_test_that_no_item_scores_is_reported() {
        assertThat(errorsOf(rubric("b rule lab.hidden.threads.ThreadsRules")))
                .contains("rubric.yaml:4: assignments.threads.items: the hidden test lab.hidden.threads.LauncherTest#runs is scored by no item");
    }

    @Test
    void a_test_scored_by_two_items_is_reported() {
        assertThat(errorsOf(rubric("a hidden-test lab.hidden.threads.LauncherTest", "b rule lab.hidden.threads.ThreadsRules",
                "c hidden-test lab.hidden.threads.LauncherTest#runs")))
                .contains("assignments.threads.items[2].tests[0]: lab.hidden.threads.LauncherTest#runs is already scored by item threads/a");
    }
}
