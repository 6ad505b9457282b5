package lab.hidden.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import lab.threads.Countdown;
import org.junit.jupiter.api.Test;

class CountdownTest {
    private final long seed = new Random().nextLong();
    private final int from = 3 + new Random(seed).nextInt(7);

    private List<Integer> countDown() {
        var recorder = new TickRecorder();
        new Countdown(from, Duration.ofMillis(1), recorder).run();
        return recorder.numbers();
    }

    @Test
    void ticks_go_down_each_lower_than_the_one_before() {
        List<Integer> numbers = countDown();

        assertThat(numbers)
                .as("A countdown from %d (seed %d) reported %s: report one tick per number so that there is an order to see",
                        from, seed, numbers)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(numbers)
                .as("A countdown from %d (seed %d) reported %s: it counts down, each tick lower than the one before "
                        + "(start at n and decrease, like the lecture's n -= 1)", from, seed, numbers)
                .isSortedAccordingTo(Comparator.reverseOrder())
                .doesNotHaveDuplicates();
    }

    @Test
    void a_countdown_from_n_reports_each_number_from_n_down_once() {
        List<Integer> numbers = countDown();
        List<Integer> expected = IntStream.iterate(from, k -> k >= 2, k -> k - 1).boxed().toList();

        assertThat(numbers.stream().filter(k -> k >= 2).toList())
                .as("A countdown from %d (seed %d) reported %s: it must report each of %d, %d, ..., 2, 1 exactly once "
                        + "and no number above %d (count from the n it was given)",
                        from, seed, numbers, from, from - 1, from)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_last_tick_is_t_minus_one_never_zero() {
        List<Integer> numbers = countDown();

        assertThat(numbers)
                .as("A countdown from %d (seed %d) reported %s: T-minus 0 or below is one tick too many, "
                        + "the loop runs while n > 0 (not n >= 0)", from, seed, numbers)
                .allMatch(k -> k > 0);
        assertThat(numbers)
                .as("A countdown from %d (seed %d) reported %s: T-minus 1 is missing, the loop runs while n > 0 "
                        + "(not n > 1)", from, seed, numbers)
                .contains(1);
    }
}
