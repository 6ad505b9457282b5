package lab.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A first check of the loop: the lecture's "Hello World" and one timer. The grader checks much
 * more (order, stop, sleeping while idle, other threads): see the handout.
 */
class EventLoopPublicTest {

    @Test
    void a_callback_from_call_soon_runs_on_the_thread_that_runs_the_loop_and_can_stop_it() {
        try (EventLoop loop = EventLoop.newEventLoop()) {
            List<Thread> ranOn = new ArrayList<>();
            loop.callSoon(() -> {
                ranOn.add(Thread.currentThread());
                loop.stop();
            });

            loop.runForever();

            assertThat(ranOn)
                    .as("runForever() returned, so the callback should have run exactly once, on the thread"
                            + " that called runForever(): the loop's thread")
                    .containsExactly(Thread.currentThread());
        }
    }

    @Test
    void call_later_runs_its_callback_once_the_delay_has_passed_on_the_loops_clock() {
        try (EventLoop loop = EventLoop.newEventLoop()) {
            Duration delay = Duration.ofMillis(40);
            List<Duration> ranAt = new ArrayList<>();
            Duration scheduledAt = loop.time();
            long scheduledNanos = System.nanoTime();
            loop.callLater(delay, () -> {
                ranAt.add(loop.time());
                loop.stop();
            });

            loop.runForever();
            Duration waited = Duration.ofNanos(System.nanoTime() - scheduledNanos);

            assertThat(ranAt).as("the callLater callback should have run once before runForever() returned").hasSize(1);
            assertThat(ranAt.get(0).minus(scheduledAt))
                    .as("loop.time() should have advanced by at least the delay (%s) when the callback ran", delay)
                    .isGreaterThanOrEqualTo(delay);
            assertThat(waited)
                    .as("the callback ran before its delay (%s) had passed: wait until the deadline", delay)
                    .isGreaterThanOrEqualTo(delay);
        }
    }
}
