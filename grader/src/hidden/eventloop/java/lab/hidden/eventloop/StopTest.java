package lab.hidden.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import lab.eventloop.EventLoop;
import org.junit.jupiter.api.Test;

class StopTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void stop_lets_the_callbacks_already_ready_in_the_current_iteration_run() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        loop.callSoon(() -> {
            ran.add("fetch page 1, then stop");
            loop.stop();
        });
        loop.callSoon(() -> ran.add("fetch page 2"));
        loop.callSoon(() -> ran.add("fetch page 3"));

        try (LoopThread running = LoopThread.runForever(loop)) {
            running.endsWithin(BOUND);
            assertThat(List.copyOf(ran))
                    .as("stop() must not drop callbacks that were already ready when the iteration began: the loop"
                            + " finishes the current iteration, then runForever() returns")
                    .containsExactlyInAnyOrder("fetch page 1, then stop", "fetch page 2", "fetch page 3");
        }
    }

    @Test
    void stop_ends_run_forever_while_a_poller_keeps_scheduling_itself() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        AtomicBoolean keepPolling = new AtomicBoolean(true);
        loop.callSoon(new Runnable() {
            @Override
            public void run() {
                if (keepPolling.get()) {
                    loop.callSoon(this);
                }
            }
        });
        loop.callSoon(() -> loop.callSoon(loop::stop));

        try (LoopThread running = LoopThread.runForever(loop)) {
            boolean returned = running.endsWithin(BOUND);
            keepPolling.set(false);
            assertThat(returned)
                    .as("runForever() did not return within %s s of stop() while a poller kept scheduling itself:"
                            + " stop() ends the run after the current iteration, even if more callbacks are ready",
                            BOUND.toSeconds())
                    .isTrue();
        } finally {
            keepPolling.set(false);
        }
    }

    @Test
    void stop_ends_run_forever_while_a_timer_is_still_pending() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        loop.callLater(Duration.ofSeconds(60), () -> { });
        loop.callSoon(loop::stop);

        try (LoopThread running = LoopThread.runForever(loop)) {
            assertThat(running.endsWithin(BOUND))
                    .as("runForever() did not return within %s s of stop() while a timer 60 s away was pending:"
                            + " stop() must not wait for timers", BOUND.toSeconds())
                    .isTrue();
        }
    }

    @Test
    void callbacks_scheduled_during_the_last_iteration_wait_for_the_next_run() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        loop.callSoon(() -> {
            ran.add("first run");
            loop.callSoon(() -> {
                ran.add("second run");
                loop.stop();
            });
            loop.stop();
        });

        try (LoopThread first = LoopThread.runForever(loop)) {
            assertThat(first.endsWithin(BOUND)).as("runForever() did not return within %s s of stop()", BOUND.toSeconds()).isTrue();
        }
        assertThat(List.copyOf(ran))
                .as("A callback scheduled during the iteration that called stop() ran in the same run: stop() ends the"
                        + " run after the current iteration, and newer callbacks wait for the next run")
                .containsExactly("first run");

        try (LoopThread second = LoopThread.runForever(loop)) {
            assertThat(second.endsWithin(BOUND)).as("the second runForever() did not return within %s s of stop()", BOUND.toSeconds()).isTrue();
        }
        assertThat(List.copyOf(ran))
                .as("A callback left over from the previous run must run in the next run: stop() keeps it scheduled")
                .containsExactly("first run", "second run");
    }
}
