package lab.hidden.eventloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lab.eventloop.EventLoop;
import org.junit.jupiter.api.Test;

class LoopLifecycleTest {

    @Test
    void a_loop_is_running_only_between_the_start_and_the_end_of_run_forever() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        Map<String, Object> seen = new ConcurrentHashMap<>();
        CountDownLatch checked = new CountDownLatch(1);
        loop.callSoon(() -> {
            seen.put("isRunning inside a callback", loop.isRunning());
            seen.put("runForever again", outcomeOf(loop::runForever));
            seen.put("close while running", outcomeOf(loop::close));
            checked.countDown();
            loop.stop();
        });
        assertThat(loop.isRunning()).as("isRunning() before runForever()").isFalse();

        try (LoopThread running = LoopThread.runForever(loop)) {
            assertThat(checked.await(5, TimeUnit.SECONDS)).as("the loop did not run its callback within 5 s").isTrue();
            running.endsWithin(Duration.ofSeconds(5));
        }
        assertThat(seen)
                .as("While the loop runs, isRunning() is true, and runForever() or close() must throw"
                        + " IllegalStateException (a loop runs on one thread at a time and is closed only when stopped)")
                .containsEntry("isRunning inside a callback", true)
                .containsEntry("runForever again", IllegalStateException.class)
                .containsEntry("close while running", IllegalStateException.class);
        assertThat(loop.isRunning()).as("isRunning() after runForever() returned").isFalse();
    }

    @Test
    void a_closed_loop_refuses_callbacks_and_runs() {
        EventLoop loop = EventLoop.newEventLoop();
        loop.callLater(Duration.ofSeconds(60), () -> { });

        loop.close();

        assertThat(loop.isClosed()).as("isClosed() after close()").isTrue();
        assertThat(catchThrowable(() -> loop.callSoon(() -> { }))).as("callSoon on a closed loop").isInstanceOf(IllegalStateException.class);
        assertThat(catchThrowable(() -> loop.callLater(Duration.ZERO, () -> { }))).as("callLater on a closed loop").isInstanceOf(IllegalStateException.class);
        assertThat(catchThrowable(() -> loop.callSoonThreadsafe(() -> { }))).as("callSoonThreadsafe on a closed loop").isInstanceOf(IllegalStateException.class);
        assertThat(catchThrowable(loop::runForever)).as("runForever on a closed loop").isInstanceOf(IllegalStateException.class);
        loop.close(); // closing twice is allowed
    }

    private static Object outcomeOf(Runnable call) {
        try {
            call.run();
            return "returned normally";
        } catch (RuntimeException thrown) {
            return thrown.getClass();
        }
    }
}
