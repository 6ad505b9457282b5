package lab.hidden.countdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lab.countdown.CountdownThread;
import org.junit.jupiter.api.Test;

class CountdownThreadTest {
    private static final Duration BOUND = Duration.ofSeconds(5);

    private final Ticks ticks = Ticks.random();

    @Test
    void remaining_is_n_before_the_thread_starts() {
        var countdown = new CountdownThread(ticks.n(), Duration.ofMillis(1), tick -> { });

        assertThat(countdown.remaining())
                .as("new CountdownThread(%d, ...).remaining() was %d before start() (%s): the constructor must keep "
                        + "the n it is given. The lecture's __init__ sets self.n = 0, so its loop "
                        + "'while self.n > 0' never runs and nothing is counted down",
                        ticks.n(), countdown.remaining(), ticks)
                .isEqualTo(ticks.n());
    }

    @Test
    void a_started_countdown_thread_reports_every_number_from_n_down_to_one_on_its_own_thread()
            throws InterruptedException {
        List<String> reported = new CopyOnWriteArrayList<>();
        List<Thread> reporters = new CopyOnWriteArrayList<>();
        var countdown = new CountdownThread(ticks.n(), Duration.ofMillis(1), tick -> {
            reporters.add(Thread.currentThread());
            reported.add(tick);
        });

        countdown.start();
        boolean ended = countdown.join(BOUND);

        assertThat(ended)
                .as("The CountdownThread (%s, 1 ms between ticks) was still running %s after start(): "
                        + "the countdown must end after its n ticks", ticks, BOUND)
                .isTrue();
        assertThat(List.copyOf(reported))
                .as("A started CountdownThread (%s) reported %s: it must report T-minus %d down to T-minus 1, once "
                        + "each, in that order. Keep the n the constructor is given (the lecture's self.n = 0 "
                        + "counts nothing) and lower it by one per tick", ticks, reported, ticks.n())
                .containsExactlyElementsOf(ticks.expected());
        assertThat(List.copyOf(reporters))
                .as("The ticks were reported on another thread than the CountdownThread itself: the countdown "
                        + "belongs in run(), which start() runs on the new thread")
                .allMatch(reporter -> reporter == countdown);
        assertThat(countdown.remaining())
                .as("remaining() was %d after the countdown (%s): it is 0 once every tick is reported",
                        countdown.remaining(), ticks)
                .isZero();
    }
}
