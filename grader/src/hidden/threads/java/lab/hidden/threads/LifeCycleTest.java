package lab.hidden.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import lab.threads.LifeCycle;
import org.junit.jupiter.api.Test;

class LifeCycleTest {
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void a_countdown_goes_through_new_runnable_timed_waiting_terminated() throws InterruptedException {
        var recorder = new TickRecorder();

        List<Thread.State> states = List.copyOf(LifeCycle.ofCountdown(3, Duration.ofMillis(100), recorder, BOUND));

        assertThat(states)
                .as("A countdown from 3 is NEW before start(), RUNNABLE when it reports a tick, TIMED_WAITING "
                        + "while it sleeps between ticks and TERMINATED after join; your record was %s. Read the "
                        + "state at the four moments the Javadoc names, and join before the last one", states)
                .containsExactly(Thread.State.NEW, Thread.State.RUNNABLE, Thread.State.TIMED_WAITING,
                        Thread.State.TERMINATED);
        assertThat(recorder.texts())
                .as("ofCountdown(3, ...) must run the countdown and pass its ticks on to the sink")
                .containsExactly("T-minus 3", "T-minus 2", "T-minus 1");
        assertThat(recorder.ticks())
                .as("ofCountdown(...) must run the countdown on a new thread, not on the caller's")
                .noneMatch(tick -> tick.reporter() == Thread.currentThread());
    }

    @Test
    void a_countdown_from_zero_never_ticks_nor_sleeps_so_it_is_new_then_terminated() throws InterruptedException {
        var recorder = new TickRecorder();

        List<Thread.State> states = List.copyOf(LifeCycle.ofCountdown(0, Duration.ofMillis(100), recorder, BOUND));

        assertThat(states)
                .as("A countdown from 0 never reports a tick nor sleeps, so its thread is only seen NEW and "
                        + "then TERMINATED; your record was %s. Record what you observe, not a fixed list", states)
                .containsExactly(Thread.State.NEW, Thread.State.TERMINATED);
    }
}
