package lab.hidden.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lab.eventloop.EventLoop;
import org.junit.jupiter.api.Test;

class CallbackOrderTest {

    private static final long SEED = 0x5EED_8001L;

    @Test
    void call_soon_callbacks_run_first_in_first_out_and_callbacks_they_schedule_run_after_them() throws Exception {
        Random random = new Random(SEED);
        int records = 20 + random.nextInt(30);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            expected.add(i);
        }
        for (int i = 0; i < records; i += 3) {
            expected.add(records + i);
        }
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch allRan = new CountDownLatch(expected.size());
        EventLoop loop = EventLoop.newEventLoop();
        for (int i = 0; i < records; i++) {
            int record = i;
            loop.callSoon(() -> {
                ran.add(record);
                if (record % 3 == 0) {
                    loop.callSoon(() -> {
                        ran.add(records + record);
                        allRan.countDown();
                    });
                }
                allRan.countDown();
            });
        }

        try (LoopThread running = LoopThread.runForever(loop)) {
            assertThat(allRan.await(5, TimeUnit.SECONDS))
                    .as("Only %d of %d callbacks ran within 5 s (seed %d): every callSoon callback must run",
                            expected.size() - allRan.getCount(), expected.size(), SEED)
                    .isTrue();
            assertThat(List.copyOf(ran))
                    .as("callSoon callbacks ran out of order (seed %d): the loop must run them first in, first out"
                            + " (a queue, not a stack), and callbacks scheduled by a callback join the back of the queue",
                            SEED)
                    .containsExactlyElementsOf(expected);
        }
    }
}
