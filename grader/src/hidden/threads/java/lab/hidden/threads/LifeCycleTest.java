package lab.hidden.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import lab.threads.LifeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LifeCycleTest {
    private static final Duration BOUND = Duration.ofSeconds(5);
    // threads plain (this module has no kit): a countdown still sleeping when its test ends is stopped, so that
    // the test JVM may serve the next assignment
    private Set<Thread> before;

    @BeforeEach
    void remember_the_threads() {
        before = Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    @AfterEach
    void stop_the_countdowns_left_sleeping() {
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (!before.contains(thread) && Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("lab.threads."))) {
                thread.interrupt();
            }
        });
    }

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
        assertThat(recorder.ticks())
                .as("ofCountdown(3, ...) must run the countdown on a new thread and pass its ticks on to the sink")
                .isNotEmpty()
                .noneMatch(tick -> tick.reporter() == Thread.currentThread());
    }

    @Test
    void a_thread_still_sleeping_when_the_timeout_passes_is_not_recorded_as_terminated() throws InterruptedException {
        var recorder = new TickRecorder();

        // The countdown sleeps 2 s after its only tick, beyond the 1 s timeout: the join gives up.
        List<Thread.State> states = List.copyOf(
                LifeCycle.ofCountdown(1, Duration.ofSeconds(2), recorder, Duration.ofSeconds(1)));

        assertThat(states)
                .as("A countdown from 1 that sleeps 2 s after its tick is still TIMED_WAITING when the 1 s timeout "
                        + "has passed, so it was never seen TERMINATED; your record was %s. Record the states you "
                        + "observe (join with the timeout, then read the state), not a fixed list", states)
                .containsExactly(Thread.State.NEW, Thread.State.RUNNABLE, Thread.State.TIMED_WAITING);
    }
}
