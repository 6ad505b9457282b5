package lab.hidden.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import lab.eventloop.EventLoop;
import org.junit.jupiter.api.Test;

class TimerTest {

    private static final long SEED = 0x5EED_8002L;

    @Test
    void due_timers_run_in_deadline_order_and_equal_deadlines_in_scheduling_order() throws Exception {
        Random random = new Random(SEED);
        int timers = 30;
        EventLoop loop = EventLoop.newEventLoop();
        Duration base = loop.time().plusMillis(20);
        Duration[] deadlines = new Duration[timers];
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch allRan = new CountDownLatch(timers);
        for (int i = 0; i < timers; i++) {
            int timer = i;
            deadlines[i] = base.plusMillis(5L * random.nextInt(4));
            loop.callAt(deadlines[i], () -> {
                ran.add(timer);
                allRan.countDown();
            });
        }
        List<Integer> expected = IntStream.range(0, timers).boxed()
                .sorted(Comparator.comparing((Integer i) -> deadlines[i])) // stable: ties keep scheduling order
                .toList();

        try (LoopThread running = LoopThread.runForever(loop)) {
            assertThat(allRan.await(5, TimeUnit.SECONDS))
                    .as("Only %d of %d timers ran within 5 s of their deadlines (seed %d)",
                            timers - allRan.getCount(), timers, SEED)
                    .isTrue();
            assertThat(List.copyOf(ran))
                    .as("Timers ran out of order (seed %d): run due timers by deadline, and timers with the same"
                            + " deadline in the order they were scheduled (e.g. a priority queue ordered by deadline,"
                            + " then by a sequence number)", SEED)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void a_timer_scheduled_later_with_an_earlier_deadline_runs_first() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch allRan = new CountDownLatch(3);
        Duration now = loop.time();
        loop.callAt(now.plusMillis(60), () -> { ran.add("page 3 (60 ms)"); allRan.countDown(); });
        loop.callAt(now.plusMillis(10), () -> { ran.add("page 1 (10 ms)"); allRan.countDown(); });
        loop.callAt(now.plusMillis(35), () -> { ran.add("page 2 (35 ms)"); allRan.countDown(); });

        try (LoopThread running = LoopThread.runForever(loop)) {
            assertThat(allRan.await(5, TimeUnit.SECONDS)).as("timers 10 to 60 ms away did not all run within 5 s").isTrue();
            assertThat(List.copyOf(ran))
                    .as("Timers must run in deadline order, not in the order they were scheduled")
                    .containsExactly("page 1 (10 ms)", "page 2 (35 ms)", "page 3 (60 ms)");
        }
    }

    @Test
    void a_call_later_callback_never_runs_before_its_delay_has_passed() throws Exception {
        Random random = new Random(SEED);
        int timers = 8;
        EventLoop loop = EventLoop.newEventLoop();
        List<String> early = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch allRan = new CountDownLatch(timers);
        Duration[] delays = new Duration[timers];
        for (int i = 0; i < timers; i++) {
            delays[i] = Duration.ofMillis(100 + random.nextInt(200));
        }
        // scheduled from a callback, so the loop is already running when the clock starts
        loop.callSoon(() -> {
            for (Duration delay : delays) {
                Duration scheduledAt = loop.time();
                long scheduledNanos = System.nanoTime();
                loop.callLater(delay, () -> {
                    Duration waited = Duration.ofNanos(System.nanoTime() - scheduledNanos);
                    Duration onLoopClock = loop.time().minus(scheduledAt);
                    if (waited.compareTo(delay) < 0 || onLoopClock.compareTo(delay) < 0) {
                        early.add("delay " + delay.toMillis() + " ms ran after " + waited.toNanos() / 1000 + " us");
                    }
                    allRan.countDown();
                });
            }
        });

        try (LoopThread running = LoopThread.runForever(loop)) {
            assertThat(allRan.await(5, TimeUnit.SECONDS))
                    .as("callLater callbacks with delays under 300 ms did not all run within 5 s").isTrue();
            assertThat(List.copyOf(early))
                    .as("callLater callbacks ran before their delay had passed (seed %d): the deadline is"
                            + " time() + delay, and a timer may run only once the loop's clock has reached it", SEED)
                    .isEmpty();
        }
    }
}
