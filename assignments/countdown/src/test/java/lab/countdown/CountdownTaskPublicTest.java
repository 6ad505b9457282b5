package lab.countdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountdownTaskPublicTest {

    @Test
    void a_task_called_directly_returns_three_two_one() throws Exception {
        var task = new CountdownTask(3, Duration.ofMillis(1));

        List<String> ticks = List.copyOf(task.call());

        assertThat(ticks)
                .as("CountdownTask(3, ...).call() returns T-minus 3, T-minus 2, T-minus 1, in that order and nothing else")
                .containsExactly("T-minus 3", "T-minus 2", "T-minus 1");
        assertThat(task.remaining()).as("remaining() is 0 once the countdown is over").isZero();
    }

    @Test
    void a_task_runs_unchanged_in_a_plain_thread() throws InterruptedException {
        var task = new CountdownTask(3, Duration.ofMillis(1));

        Thread thread = new Thread(task);
        thread.start();
        boolean ended = thread.join(Duration.ofSeconds(5));

        assertThat(ended).as("The thread running the task was still running after 5 s").isTrue();
        assertThat(List.copyOf(task.ticks()))
                .as("After new Thread(task) has run, task.ticks() holds T-minus 3, T-minus 2, T-minus 1: run() "
                        + "does the same countdown as call()")
                .containsExactly("T-minus 3", "T-minus 2", "T-minus 1");
    }
}
