package lab.hidden.countdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lab.countdown.CountdownTask;
import org.junit.jupiter.api.Test;

/** The same task, unchanged, run by a plain thread and by an executor. */
class RunnersTest {
    private static final Duration BOUND = Duration.ofSeconds(5);

    private final Ticks ticks = Ticks.random();

    @Test
    void the_task_runs_unchanged_in_a_plain_thread() throws InterruptedException {
        var task = new CountdownTask(ticks.n(), Duration.ofMillis(1));

        Thread thread = new Thread(task, "plain-thread-running-a-countdown-task");
        thread.start();
        boolean ended = thread.join(BOUND);

        assertThat(ended)
                .as("new Thread(task) was still running %s after start() (%s): run() must end after its n ticks",
                        BOUND, ticks)
                .isTrue();
        assertThat(List.copyOf(task.ticks()))
                .as("After new Thread(task) ran (%s), task.ticks() was %s: run() must do the same countdown as "
                        + "call(), T-minus %d down to T-minus 1", ticks, task.ticks(), ticks.n())
                .containsExactlyElementsOf(ticks.expected());
        assertThat(task.remaining())
                .as("remaining() was %d after run() (%s): it is 0 once the countdown is over", task.remaining(), ticks)
                .isZero();
    }

    @Test
    void the_task_runs_unchanged_in_an_executor() throws Exception {
        var called = new CountdownTask(ticks.n(), Duration.ofMillis(1));
        var executed = new CountdownTask(ticks.n() + 1, Duration.ofMillis(1));
        List<String> returned;
        boolean terminated;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> future = pool.submit((Callable<List<String>>) called);
            pool.execute(executed);
            returned = List.copyOf(result(future));
            pool.shutdown();
            terminated = pool.awaitTermination(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(terminated)
                .as("The task given to executor.execute(task) (%s) was still running %s after shutdown(): run() "
                        + "must end after its n ticks", ticks, BOUND)
                .isTrue();

        assertThat(returned)
                .as("executor.submit(task) returned %s (%s): call() must return T-minus %d down to T-minus 1 on a "
                        + "pool thread just as on the caller's", returned, ticks, ticks.n())
                .containsExactlyElementsOf(ticks.expected());
        Ticks longer = new Ticks(ticks.n() + 1, ticks.seed());
        assertThat(List.copyOf(executed.ticks()))
                .as("executor.execute(task) with another task (%s) left its ticks() at %s: each task counts down its "
                        + "own n (no static fields shared between tasks)", longer, executed.ticks())
                .containsExactlyElementsOf(longer.expected());
    }

    private static List<String> result(Future<List<String>> future) throws Exception {
        try {
            return future.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("The task submitted to an executor did not finish within " + BOUND
                    + ": call() must end after its n ticks", e);
        } catch (ExecutionException e) {
            throw new AssertionError("The task submitted to an executor threw " + e.getCause()
                    + ": call() must count down on any thread", e.getCause());
        }
    }
}
