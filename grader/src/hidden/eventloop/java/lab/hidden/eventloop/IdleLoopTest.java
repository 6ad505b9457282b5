package lab.hidden.eventloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lab.eventloop.EventLoop;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

class IdleLoopTest {

    private static final Duration FAR_AWAY = Duration.ofSeconds(60);
    private static final Duration WINDOW = Duration.ofMillis(500);
    private static final Duration CPU_BOUND = Duration.ofMillis(100);

    @Test
    void an_idle_loop_sleeps_until_its_next_timer_instead_of_spinning() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        EventLoop loop = EventLoop.newEventLoop();
        CountDownLatch started = new CountDownLatch(1);
        loop.callLater(FAR_AWAY, () -> { });
        loop.callSoon(started::countDown);

        try (LoopThread running = LoopThread.runForever(loop)) {
            assertThat(started.await(5, TimeUnit.SECONDS)).as("the loop did not run its first callSoon callback within 5 s").isTrue();
            long id = running.thread().threadId();
            long cpuBefore = threads.getThreadCpuTime(id);
            // The measurement window itself: nothing to wait for, the loop should just be asleep.
            Thread.sleep(WINDOW.toMillis());
            long cpuAfter = threads.getThreadCpuTime(id);

            assertThat(running.thread().isAlive() && cpuBefore >= 0 && cpuAfter >= 0)
                    .as("runForever() ended on its own while a timer was pending; it should keep running until stop()")
                    .isTrue();
            Duration used = Duration.ofNanos(cpuAfter - cpuBefore);
            assertThat(used)
                    .as("With nothing to do but a timer %d s away, the loop's thread used %d ms of CPU in %d ms: it"
                            + " busy-waits. Sleep until the next deadline (Condition.awaitNanos, LockSupport.parkNanos,"
                            + " Object.wait) and let callSoonThreadsafe wake it up",
                            FAR_AWAY.toSeconds(), used.toMillis(), WINDOW.toMillis())
                    .isLessThan(CPU_BOUND);
        }
    }

    @Test
    void call_soon_threadsafe_wakes_a_sleeping_loop_long_before_its_next_timer() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        CountDownLatch started = new CountDownLatch(1);
        loop.callLater(FAR_AWAY, () -> { });
        loop.callSoon(started::countDown);

        try (LoopThread running = LoopThread.runForever(loop)) {
            assertThat(started.await(5, TimeUnit.SECONDS)).as("the loop did not run its first callSoon callback within 5 s").isTrue();
            waitUntilAsleep(running.thread());

            CountDownLatch handedOver = new CountDownLatch(1);
            loop.callSoonThreadsafe(handedOver::countDown);

            assertThat(handedOver.await(5, TimeUnit.SECONDS))
                    .as("A callback handed over with callSoonThreadsafe from another thread did not run within 5 s"
                            + " while the loop slept until a timer %d s away: callSoonThreadsafe must wake the"
                            + " sleeping loop (signal the Condition or unpark the thread it sleeps on)",
                            FAR_AWAY.toSeconds())
                    .isTrue();
        }
    }

    /** Waits (bounded) until the loop's thread is parked, so the hand-over really has to wake it. */
    private static void waitUntilAsleep(Thread loopThread) {
        try {
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(5))
                    .until(() -> switch (loopThread.getState()) {
                        case WAITING, TIMED_WAITING, BLOCKED -> true;
                        default -> false;
                    });
        } catch (ConditionTimeoutException stillAwake) {
            // a loop that never sleeps needs no waking: another test is about that
        }
    }
}
