package lab.hidden.eventloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lab.eventloop.EventLoop;
import lab.eventloop.LoopFuture;
import org.junit.jupiter.api.Test;

class LoopFutureTest {

    @Test
    void done_callbacks_run_through_the_loop_after_set_result_and_cancel_return() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        LoopFuture<String> page = loop.createFuture();
        LoopFuture<String> abandoned = loop.createFuture();
        page.addDoneCallback(done -> events.add("callback saw " + done.result()));
        abandoned.addDoneCallback(done -> events.add("callback saw cancelled=" + done.isCancelled()));

        page.setResult("7 records");
        events.add("setResult returned");
        abandoned.cancel();
        events.add("cancel returned");

        assertThat(List.copyOf(events))
                .as("A done callback ran inside setResult()/cancel(): asyncio calls done callbacks via the loop's"
                        + " call_soon, so schedule each one with loop.callSoon instead of calling it")
                .containsExactly("setResult returned", "cancel returned");
        runUntilIdle(loop);
        assertThat(List.copyOf(events))
                .as("The done callbacks should run once the loop runs, each once")
                .startsWith("setResult returned", "cancel returned")
                .containsExactlyInAnyOrder("setResult returned", "cancel returned", "callback saw 7 records", "callback saw cancelled=true");
    }

    @Test
    void a_done_callback_added_to_a_finished_future_is_scheduled_not_called_at_once() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        LoopFuture<Integer> count = loop.createFuture();
        count.setResult(42);

        count.addDoneCallback(done -> events.add("callback saw " + done.result()));
        events.add("addDoneCallback returned");

        assertThat(List.copyOf(events))
                .as("addDoneCallback on a future that is already done called the callback at once: schedule it with"
                        + " loop.callSoon so it runs on the loop, like every other done callback")
                .containsExactly("addDoneCallback returned");
        runUntilIdle(loop);
        assertThat(List.copyOf(events))
                .as("the done callback added to a finished future should run once the loop runs")
                .containsExactly("addDoneCallback returned", "callback saw 42");
    }

    @Test
    void result_and_exception_of_a_pending_future_fail_at_once() {
        EventLoop loop = EventLoop.newEventLoop();
        LoopFuture<String> page = loop.createFuture();

        assertThat(page.isDone()).as("a new future should be pending: isDone() false").isFalse();
        assertThat(catchThrowable(page::result))
                .as("result() on a pending future must fail at once with IllegalStateException (asyncio raises"
                        + " InvalidStateError): not block, not return null or a default")
                .isInstanceOf(IllegalStateException.class);
        assertThat(catchThrowable(page::exception))
                .as("exception() on a pending future must fail at once with IllegalStateException, like result()")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_future_with_a_result_reports_it_and_no_exception() {
        EventLoop loop = EventLoop.newEventLoop();
        LoopFuture<String> page = loop.createFuture();

        page.setResult("page 3: 17 records");

        assertThat(page.isDone()).as("isDone() after setResult").isTrue();
        assertThat(page.isCancelled()).as("isCancelled() after setResult").isFalse();
        assertThat(page.result()).as("result() should return the value given to setResult").isEqualTo("page 3: 17 records");
        assertThat(page.exception()).as("exception() of a future with a result should be null").isNull();
    }

    @Test
    void a_failed_future_rethrows_its_exception_wrapped_in_a_completion_exception() {
        EventLoop loop = EventLoop.newEventLoop();
        LoopFuture<String> page = loop.createFuture();
        IllegalArgumentException malformed = new IllegalArgumentException("malformed record on line 12");

        page.setException(malformed);

        assertThat(page.isDone()).as("isDone() after setException").isTrue();
        assertThat(page.exception()).as("exception() should return the exception given to setException").isSameAs(malformed);
        assertThat(catchThrowable(page::result))
                .as("result() of a failed future should throw CompletionException whose cause is the exception")
                .isInstanceOf(CompletionException.class)
                .cause().isSameAs(malformed);
    }

    @Test
    void a_cancelled_future_is_done_and_reports_the_cancellation() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        LoopFuture<String> page = loop.createFuture();
        List<Boolean> callbackSawCancelled = Collections.synchronizedList(new ArrayList<>());
        page.addDoneCallback(done -> callbackSawCancelled.add(done.isCancelled()));

        assertThat(page.cancel()).as("cancel() of a pending future should return true").isTrue();

        assertThat(page.isCancelled()).as("isCancelled() after cancel()").isTrue();
        assertThat(page.isDone()).as("a cancelled future is done").isTrue();
        assertThat(catchThrowable(page::result)).as("result() of a cancelled future should throw CancellationException")
                .isInstanceOf(CancellationException.class);
        assertThat(catchThrowable(page::exception)).as("exception() of a cancelled future should throw CancellationException")
                .isInstanceOf(CancellationException.class);
        assertThat(page.cancel()).as("cancel() of a future that is already done should return false").isFalse();
        runUntilIdle(loop);
        assertThat(List.copyOf(callbackSawCancelled)).as("cancel() should schedule the done callbacks, once").containsExactly(true);
    }

    @Test
    void a_future_completes_only_once() {
        EventLoop loop = EventLoop.newEventLoop();
        LoopFuture<String> page = loop.createFuture();
        page.setResult("first");

        assertThat(catchThrowable(() -> page.setResult("second")))
                .as("setResult on a future that is done should throw IllegalStateException").isInstanceOf(IllegalStateException.class);
        assertThat(catchThrowable(() -> page.setException(new RuntimeException("late"))))
                .as("setException on a future that is done should throw IllegalStateException").isInstanceOf(IllegalStateException.class);
        assertThat(page.cancel()).as("cancel() of a future that is done should return false").isFalse();
        assertThat(page.result()).as("the first result should stay").isEqualTo("first");
    }

    /** Runs the loop on its own thread until everything scheduled so far (and what that schedules at once) ran. */
    private static void runUntilIdle(EventLoop loop) throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        loop.callSoon(() -> loop.callSoon(reached::countDown));
        try (LoopThread running = LoopThread.runForever(loop)) {
            assertThat(reached.await(5, TimeUnit.SECONDS)).as("the loop did not run its callbacks within 5 s").isTrue();
        }
    }
}
