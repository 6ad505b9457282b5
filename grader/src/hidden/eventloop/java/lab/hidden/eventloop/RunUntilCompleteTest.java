package lab.hidden.eventloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import lab.eventloop.EventLoop;
import lab.eventloop.LoopFuture;
import org.junit.jupiter.api.Test;

class RunUntilCompleteTest {

    private static final long SEED = 0x5EED_8003L;
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void run_until_complete_runs_the_loop_until_the_future_is_done_and_returns_its_result() throws Exception {
        int records = new Random(SEED).nextInt(1_000);
        EventLoop loop = EventLoop.newEventLoop();
        LoopFuture<Integer> ingested = loop.createFuture();
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        // the result arrives after a timer and three hops through the ready queue
        loop.callLater(Duration.ofMillis(15), () -> {
            steps.add("fetched");
            loop.callSoon(() -> {
                steps.add("parsed");
                loop.callSoon(() -> {
                    steps.add("stored");
                    loop.callSoon(() -> ingested.setResult(records));
                });
            });
        });

        try (LoopThread running = LoopThread.run(loop, () -> loop.runUntilComplete(ingested))) {
            Object result = outcome(running);
            assertThat(List.copyOf(steps))
                    .as("runUntilComplete returned before the callbacks that complete the future had run")
                    .containsExactly("fetched", "parsed", "stored");
            assertThat(result)
                    .as("runUntilComplete(future) should return the future's result (seed %d)", SEED)
                    .isEqualTo(records);
        }
    }

    @Test
    void run_until_complete_rethrows_the_exception_the_future_failed_with() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        LoopFuture<Integer> ingested = loop.createFuture();
        IllegalStateException refused = new IllegalStateException("the warehouse refused the batch");
        loop.callLater(Duration.ofMillis(10), () -> ingested.setException(refused));

        try (LoopThread running = LoopThread.run(loop, () -> loop.runUntilComplete(ingested))) {
            try {
                Object result = running.outcome(BOUND);
                fail("runUntilComplete returned %s, but the future failed: it should throw CompletionException whose"
                        + " cause is the future's exception (what result() throws)", result);
            } catch (ExecutionException thrown) {
                assertThat(thrown.getCause())
                        .as("runUntilComplete on a failed future should throw what result() throws: a"
                                + " CompletionException whose cause is the future's exception")
                        .isInstanceOf(CompletionException.class)
                        .cause().isSameAs(refused);
            } catch (TimeoutException stillRunning) {
                fail("runUntilComplete did not return within %s s of the future failing: a failed future is done too",
                        BOUND.toSeconds());
            }
        }
    }

    private static Object outcome(LoopThread running) throws Exception {
        try {
            return running.outcome(BOUND);
        } catch (TimeoutException stillRunning) {
            return fail("runUntilComplete did not return within %s s of the future being done: stop the loop from"
                    + " a done callback of the future", BOUND.toSeconds());
        } catch (ExecutionException thrown) {
            return fail("runUntilComplete threw " + thrown.getCause() + " although the future got a result", thrown.getCause());
        }
    }
}
