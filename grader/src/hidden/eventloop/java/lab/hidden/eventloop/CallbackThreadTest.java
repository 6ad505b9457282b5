package lab.hidden.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lab.eventloop.EventLoop;
import lab.eventloop.LoopFuture;
import org.junit.jupiter.api.Test;

class CallbackThreadTest {

    @Test
    void every_kind_of_callback_runs_on_the_thread_that_runs_the_loop() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        Map<String, Thread> ranOn = new ConcurrentHashMap<>();
        CountDownLatch allRan = new CountDownLatch(5);
        LoopFuture<String> page = loop.createFuture();

        loop.callSoon(() -> record(ranOn, allRan, "callSoon"));
        loop.callLater(Duration.ofMillis(1), () -> record(ranOn, allRan, "callLater"));
        loop.callAt(loop.time(), () -> record(ranOn, allRan, "callAt"));
        page.addDoneCallback(done -> record(ranOn, allRan, "a done callback of a LoopFuture"));
        loop.callLater(Duration.ofMillis(5), () -> page.setResult("42 records"));
        // Another thread hands a callback over while the loop is busy in this callback, so the
        // loop need not be woken up: this test is about where callbacks run, nothing else.
        loop.callSoon(() -> {
            Thread crawler = new Thread(() -> loop.callSoonThreadsafe(
                    () -> record(ranOn, allRan, "callSoonThreadsafe from another thread")), "crawler");
            crawler.start();
            try {
                crawler.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        try (LoopThread running = LoopThread.runForever(loop)) {
            assertThat(allRan.await(5, TimeUnit.SECONDS))
                    .as("Not every callback ran within 5 s; these did: %s", ranOn.keySet())
                    .isTrue();
            Thread loopThread = running.thread();
            assertThat(ranOn)
                    .as("Every callback must run on the loop's thread (%s, the one that called runForever()),"
                            + " never on the thread that scheduled it nor on a helper thread. Where they ran: %s",
                            loopThread.getName(), ranOn)
                    .allSatisfy((kind, thread) -> assertThat(thread).isSameAs(loopThread));
        }
    }

    private static void record(Map<String, Thread> ranOn, CountDownLatch allRan, String kind) {
        ranOn.put(kind, Thread.currentThread());
        allRan.countDown();
    }
}
