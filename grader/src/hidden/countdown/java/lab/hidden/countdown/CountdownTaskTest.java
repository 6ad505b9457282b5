package lab.hidden.countdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import lab.countdown.CountdownTask;
import org.junit.jupiter.api.Test;

class CountdownTaskTest {
    private final Ticks ticks = Ticks.random();

    @Test
    void remaining_is_n_before_the_task_runs() {
        var task = new CountdownTask(ticks.n(), Duration.ofMillis(1));

        assertThat(task.remaining())
                .as("new CountdownTask(%d, ...).remaining() was %d before the countdown (%s): the constructor must "
                        + "keep the n it is given, not set it to 0 as the lecture's CountdownThread does",
                        ticks.n(), task.remaining(), ticks)
                .isEqualTo(ticks.n());
        assertThat(List.copyOf(task.ticks()))
                .as("ticks() must be empty before the countdown has run (%s)", ticks)
                .isEmpty();
    }

    @Test
    void call_returns_the_ticks_from_n_down_to_one_and_leaves_nothing_remaining() throws Exception {
        var task = new CountdownTask(ticks.n(), Duration.ofMillis(1));

        List<String> returned = List.copyOf(task.call());

        assertThat(returned)
                .as("CountdownTask(%d, ...).call() returned %s (%s): it must return T-minus %d down to T-minus 1, "
                        + "once each, in that order", ticks.n(), returned, ticks, ticks.n())
                .containsExactlyElementsOf(ticks.expected());
        assertThat(List.copyOf(task.ticks()))
                .as("After call(), ticks() must hold the same ticks that call() returned (%s)", ticks)
                .containsExactlyElementsOf(ticks.expected());
        assertThat(task.remaining())
                .as("remaining() was %d after call() (%s): it is 0 once the countdown is over", task.remaining(), ticks)
                .isZero();
    }
}
