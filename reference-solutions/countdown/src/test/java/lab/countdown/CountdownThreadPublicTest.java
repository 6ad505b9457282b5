package lab.countdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CountdownThreadPublicTest {

    @Test
    void a_countdown_thread_from_three_reports_three_two_one_once_started() throws InterruptedException {
        List<String> ticks = new CopyOnWriteArrayList<>();
        var countdown = new CountdownThread(3, Duration.ofMillis(1), ticks::add);

        countdown.start();
        boolean ended = countdown.join(Duration.ofSeconds(5));

        assertThat(ended).as("The countdown thread was still running after 5 s: a countdown from 3 with 1 ms "
                + "between ticks ends in a few milliseconds").isTrue();
        assertThat(List.copyOf(ticks))
                .as("A CountdownThread(3, ...) reports T-minus 3, T-minus 2, T-minus 1 once started: keep the n "
                        + "the constructor was given (the lecture's self.n = 0 never counts down)")
                .containsExactly("T-minus 3", "T-minus 2", "T-minus 1");
    }
}
