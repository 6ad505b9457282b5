package lab.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CountdownPublicTest {

    @Test
    void a_countdown_from_three_reports_three_two_one() {
        List<String> ticks = new CopyOnWriteArrayList<>();

        new Countdown(3, Duration.ofMillis(1), ticks::add).run();

        assertThat(List.copyOf(ticks))
                .as("A countdown from 3 reports T-minus 3, T-minus 2, T-minus 1, in that order and nothing else")
                .containsExactly("T-minus 3", "T-minus 2", "T-minus 1");
    }
}
