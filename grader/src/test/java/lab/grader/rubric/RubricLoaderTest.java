package lab.grader.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RubricLoaderTest {
    static final String VALID = """
            defaults:
              test-timeout: 500ms
              submission-timeout: 5m
            assignments:
              threads:
                title: "Threads"
                items:
                  - id: runs-on-a-new-thread
                    kind: hidden-test
                    tests:
                      - lab.hidden.threads.LauncherTest#runs
                    points: 2
                    description: "start(), not run()"
            """;

    private static String errorsOf(String yaml) {
        return catchThrowableOfType(InvalidRubricException.class, () -> RubricLoader.parse("rubric.yaml", yaml)).getMessage();
    }

    @Test
    void a_valid_rubric_becomes_records_with_its_durations() throws Exception {
        Rubric rubric = RubricLoader.parse("rubric.yaml", VALID);
        assertThat(rubric.defaults()).isEqualTo(new Defaults(Duration.ofMillis(500), Duration.ofMinutes(5)));
        Item item = rubric.assignment("threads").orElseThrow().items().getFirst();
        assertThat(item).isEqualTo(new Item("runs-on-a-new-thread", Kind.HIDDEN_TEST,
                java.util.List.of(Selector.parse("lab.hidden.threads.LauncherTest#runs").orElseThrow()), 2, "start(), not run()"));
        assertThat(rubric.lineOf("assignments.threads.items[0].tests[0]")).isEqualTo(11);
    }

    @Test
    void an_assignment_may_say_how_long_its_tests_take() throws Exception {
        assertThat(RubricLoader.parse("rubric.yaml", VALID).assignment("threads").orElseThrow().expectedDuration())
                .isZero();
        Rubric rubric = RubricLoader.parse("rubric.yaml", VALID.replace("    title: \"Threads\"\n",
                "    title: \"Threads\"\n    expected-duration: 12s\n"));
        assertThat(rubric.assignment("threads").orElseThrow().expectedDuration()).isEqualTo(Duration.ofSeconds(12));
        assertThat(errorsOf(VALID.replace("    title: \"Threads\"\n", "    title: \"Threads\"\n    expected-duration: long\n")))
                .contains("rubric.yaml:7: assignments.threads.expected-duration: must be a duration such as 500ms, 10s or 5m");
    }

    @Test
    void malformed_yaml_is_reported_with_its_line() {
        assertThat(errorsOf("assignments:\n  threads: [\n  title: x\n")).startsWith("rubric.yaml:").contains("malformed YAML");
    }

    @Test
    void an_unknown_key_is_reported_with_line_and_field() {
        assertThat(errorsOf(VALID.replace("points: 2\n", "points: 2\n        retries: 3\n")))
                .contains("rubric.yaml:13: assignments.threads.items[0].retries: unknown key");
    }

    @Test
    void a_duplicate_key_is_reported_with_both_lines() {
        assertThat(errorsOf(VALID.replace("points: 2\n", "points: 2\n        points: 3\n")))
                .contains("rubric.yaml:13: assignments.threads.items[0].points: duplicate key (first at line 12)");
    }

    @Test
    void a_duplicate_item_id_is_reported() {
        String twice = VALID + VALID.substring(VALID.indexOf("      - id:"));
        assertThat(errorsOf(twice)).contains("rubric.yaml:14: assignments.threads.items[1].id: duplicate item id 'runs-on-a-new-thread' (first at line 8)");
    }

    @Test
    void non_positive_points_are_reported() {
        assertThat(errorsOf(VALID.replace("points: 2", "points: 0")))
                .contains("rubric.yaml:12: assignments.threads.items[0].points: must be a positive whole number, was 0");
    }

    @Test
    void an_unknown_kind_is_reported() {
        assertThat(errorsOf(VALID.replace("kind: hidden-test", "kind: secret-test")))
                .contains("rubric.yaml:9: assignments.threads.items[0].kind: unknown kind 'secret-test'");
    }

    @Test
    void a_missing_required_field_is_reported() {
        assertThat(errorsOf(VALID.replace("        description: \"start(), not run()\"\n", "")))
                .contains("assignments.threads.items[0].description: is missing");
    }

    @Test
    void a_bad_duration_is_reported() {
        assertThat(errorsOf(VALID.replace("500ms", "soon")))
                .contains("rubric.yaml:2: defaults.test-timeout: must be a duration such as 500ms, 10s or 5m");
    }

    @Test
    void every_problem_is_reported_at_once() {
        String message = errorsOf(VALID.replace("points: 2", "points: -1").replace("kind: hidden-test", "kind: x"));
        assertThat(message.lines()).hasSize(2);
    }

    @Test
    void an_item_is_visible_unless_the_rubric_says_otherwise() throws Exception {
        Rubric rubric = RubricLoader.parse("rubric.yaml", VALID.replace("points: 2\n", "points: 2\n        visibility: after_due_date\n"));
        assertThat(rubric.assignment("threads").orElseThrow().items().getFirst().visibility()).isEqualTo(Visibility.AFTER_DUE_DATE);
        assertThat(RubricLoader.parse("rubric.yaml", VALID).assignment("threads").orElseThrow().items().getFirst().visibility())
                .isEqualTo(Visibility.VISIBLE);
    }

    @Test
    void an_unknown_visibility_is_reported_with_line_and_field() {
        assertThat(errorsOf(VALID.replace("points: 2\n", "points: 2\n        visibility: secret\n")))
                .contains("rubric.yaml:13: assignments.threads.items[0].visibility: unknown visibility 'secret': use visible, after_due_date or hidden");
    }

    @Test
    void an_item_runs_once_unless_it_repeats_and_may_set_the_share_of_runs_to_pass() throws Exception {
        Item once = RubricLoader.parse("rubric.yaml", VALID).assignment("threads").orElseThrow().items().getFirst();
        Item repeated = RubricLoader.parse("rubric.yaml", VALID.replace("points: 2\n", "points: 2\n        repeat: 5\n        pass-fraction: 0.8\n"))
                .assignment("threads").orElseThrow().items().getFirst();

        assertThat(once.repeat()).isEqualTo(1);
        assertThat(once.passFraction()).isEqualTo(1.0);
        assertThat(repeated.repeat()).isEqualTo(5);
        assertThat(repeated.passFraction()).isEqualTo(0.8);
        assertThat(repeated.runsNeeded()).isEqualTo(4);
    }

    @Test
    void a_bad_repeat_or_pass_fraction_is_reported_with_line_and_field() {
        assertThat(errorsOf(VALID.replace("points: 2\n", "points: 2\n        repeat: 0\n")))
                .contains("rubric.yaml:13: assignments.threads.items[0].repeat: must be a positive whole number, was 0");
        assertThat(errorsOf(VALID.replace("points: 2\n", "points: 2\n        repeat: 50\n")))
                .contains("rubric.yaml:13: assignments.threads.items[0].repeat: must be at most 20 (each run starts a test JVM), was 50");
        assertThat(errorsOf(VALID.replace("points: 2\n", "points: 2\n        repeat: 3\n        pass-fraction: 1.5\n")))
                .contains("rubric.yaml:14: assignments.threads.items[0].pass-fraction: must be a fraction above 0 and at most 1, e.g. 0.8, was 1.5");
        assertThat(errorsOf(VALID.replace("points: 2\n", "points: 2\n        pass-fraction: 0.5\n")))
                .contains("rubric.yaml:13: assignments.threads.items[0].pass-fraction: needs `repeat` of 2 or more");
    }
}
