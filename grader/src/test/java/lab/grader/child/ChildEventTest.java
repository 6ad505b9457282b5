package lab.grader.child;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import lab.grader.scoring.Outcome;
import org.junit.jupiter.api.Test;

class ChildEventTest {

    @Test
    void a_huge_assertion_message_is_shortened_so_its_result_line_still_fits() throws Exception {
        String huge = "x".repeat(2_000_000);

        ChildEvent event = ChildEvent.finished("lab.hidden.X#t", new Outcome.Failed(huge, null));
        String line = new ObjectMapper().writeValueAsString(event);

        assertThat(line.length()).isLessThan(ResultsTailLimit.MAX_LINE_BYTES);
        assertThat(event.message()).startsWith("xxxx").endsWith("more characters)");
        assertThat(event.outcome()).isInstanceOf(Outcome.Failed.class);
    }

    @Test
    void a_finished_event_carries_how_long_its_test_took() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ChildEvent event = ChildEvent.finished("lab.hidden.X#t", new Outcome.Passed(), 1500, 400);

        ChildEvent read = json.readValue(json.writeValueAsString(event), ChildEvent.class);

        assertThat(read.duration()).isEqualTo(java.time.Duration.ofMillis(1500));
        assertThat(read.waited()).isEqualTo(java.time.Duration.ofMillis(1100));
        assertThat(ChildEvent.started("lab.hidden.X#t").duration()).isZero();
    }

    /** The grader's limit on a result line (lab.grader.run.ResultsTail is package-private there). */
    private static final class ResultsTailLimit {
        static final int MAX_LINE_BYTES = 256 * 1024;
    }
}
