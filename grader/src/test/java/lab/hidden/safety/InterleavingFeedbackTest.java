package lab.hidden.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lincheck's reports (real ones, as Lincheck 2.26 printed them for two fixtures) as a student reads them. */
class InterleavingFeedbackTest {

    private static String report(String name) throws IOException {
        try (InputStream in = InterleavingFeedbackTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_feedback_names_the_broken_promise_then_the_steps_with_their_lines_then_the_fix_within_the_graders_limit()
            throws IOException {
        String feedback = InterleavingFeedback.of(report("lincheck-check-then-act.txt"));

        assertThat(feedback).hasSizeLessThanOrEqualTo(InterleavingFeedback.BUDGET);
        assertThat(feedback.indexOf("account 0 ended with a negative balance (-1)"))
                .isPositive()
                .isLessThan(feedback.indexOf("1. Thread 2 transfer(0, 2, 1): read 2 at Ledger.java:142\n"));
        assertThat(feedback).contains("2. Thread 1 transfer(0, 1, 2) runs start to end\n",
                "3. Thread 2 continues: lock() at Ledger.java:149, lock() at Ledger.java:151, read 0 at Ledger.java:154");
        assertThat(feedback).endsWith("unlock only after both new balances are written.");
    }

    @Test
    void reads_of_the_lock_objects_and_the_calls_between_the_test_and_the_ledger_are_left_out_of_the_steps() throws IOException {
        assertThat(InterleavingFeedback.steps(report("lincheck-check-then-act.txt")))
                .hasSize(3)
                .noneMatch(step -> step.contains("ReentrantLock@") || step.contains("Outcome@") || step.contains("switch")
                        || step.contains("InterleavingTest"));
    }

    @Test
    void a_ledger_using_a_stream_is_told_where_and_that_it_is_the_tools_limit_not_a_mistake() throws IOException {
        String feedback = InterleavingFeedback.of(report("lincheck-uses-a-stream.txt"));

        assertThat(feedback).hasSizeLessThanOrEqualTo(InterleavingFeedback.BUDGET)
                .contains("uses java.util.stream at Ledger.java:45 (in Ledger.<init>)", "a limit of the tool",
                        "Write that stream as a loop");
    }

    @Test
    void another_jdk_copy_that_fails_to_link_is_the_tools_limit_too_and_says_where_without_blaming_streams() throws IOException {
        String feedback = InterleavingFeedback.of(report("lincheck-uses-a-stream.txt")
                .replace("tran$f*rmed.java.util.stream", "tran$f*rmed.java.util.zip"));

        assertThat(feedback).hasSizeLessThanOrEqualTo(InterleavingFeedback.BUDGET)
                .contains("could not run your ledger (it stopped at Ledger.java:45 (in Ledger.<init>))", "a limit of the tool",
                        "Ask your instructor")
                .doesNotContain("stream");
    }

    @Test
    void a_report_whose_table_cannot_be_read_is_passed_on_shortened_not_dropped() {
        String feedback = InterleavingFeedback.of("= The execution has hung =\n" + "x".repeat(5000));

        assertThat(feedback).hasSizeLessThanOrEqualTo(InterleavingFeedback.BUDGET)
                .contains("liveness", "= The execution has hung =");
    }

    @Test
    void many_steps_are_cut_with_a_count_of_what_was_left_out() throws IOException {
        String longer = report("lincheck-check-then-act.txt").replace("READ: 2 at Ledger.transfer(Ledger.java:142)",
                "READ: 2 at Ledger.transfer(Ledger" + "x".repeat(300) + ".java:142)");

        String feedback = InterleavingFeedback.of(longer);

        assertThat(feedback).hasSizeLessThanOrEqualTo(InterleavingFeedback.BUDGET).contains("more steps)");
    }
}
