package lab.hidden.countdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lab.countdown.CountdownTask;
import lab.kit.process.ChildJvm;
import lab.kit.process.ProcessPoolExecutor;
import lab.kit.process.SerializableCallable;
import lab.kit.testing.ProcessLeaks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lecture's {@code multiprocessing.Process(target=c.run)}: the same task, unchanged, in
 * another JVM. A JVM start-up takes a second or more on a loaded machine, hence the longer bounds.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ProcessBoundaryTest {
    private static final Duration CHILD_BOUND = Duration.ofSeconds(15);

    private final Ticks ticks = Ticks.random();

    @AfterEach
    void no_child_jvm_is_left_behind() {
        ProcessLeaks.killAll();
    }

    @Test
    void a_task_survives_serialisation_with_its_count_and_interval() throws Exception {
        var task = new CountdownTask(ticks.n(), Duration.ofMillis(1));

        CountdownTask copy = Copies.acrossAProcessBoundary(task);
        List<String> returned;
        try {
            returned = List.copyOf(copy.call());
        } catch (RuntimeException e) {
            throw new AssertionError("A serialised and deserialised copy of the task failed in call() with " + e
                    + ": every field the countdown needs must travel with the copy (a transient field is null "
                    + "in the copy)", e);
        }

        assertThat(returned)
                .as("A serialised and deserialised copy of CountdownTask(%d, ...) returned %s from call() (%s): "
                        + "the copy must count down from the same n. Do not mark the count, the interval or the "
                        + "list of ticks transient", ticks.n(), returned, ticks)
                .containsExactlyElementsOf(ticks.expected());
    }

    @Test
    void a_task_runs_in_a_child_jvm_and_its_ticks_come_back() throws Exception {
        var task = new CountdownTask(ticks.n(), Duration.ofMillis(1));
        Copies.acrossAProcessBoundary(task);

        ChildRun run;
        try {
            run = ChildJvm.call(callIn(task), CHILD_BOUND);
        } catch (ExecutionException e) {
            throw new AssertionError("The task's call() failed in a child JVM with " + e.getCause()
                    + ": it must run unchanged in another process, with no state outside the task itself", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The task did not finish in a child JVM within " + CHILD_BOUND + " (" + ticks
                    + "): call() must end after its n ticks", e);
        }

        assertThat(run.pid())
                .as("The task ran in this JVM, not in a child")
                .isNotEqualTo(ProcessHandle.current().pid());
        assertThat(List.copyOf(run.ticks()))
                .as("In a child JVM, call() returned %s (%s): the copy that travels must count down from the same n, "
                        + "T-minus %d down to T-minus 1", run.ticks(), ticks, ticks.n())
                .containsExactlyElementsOf(ticks.expected());
    }

    @Test
    void a_task_runs_unchanged_in_a_process_pool_worker() throws Exception {
        var task = new CountdownTask(ticks.n(), Duration.ofMillis(1));
        Copies.acrossAProcessBoundary(task);

        ChildRun run;
        try (var pool = new ProcessPoolExecutor(1)) {
            Future<ChildRun> future = pool.submit(runIn(task));
            run = future.get(CHILD_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            throw new AssertionError("The process pool refused the task: " + e.getMessage(), e);
        } catch (ExecutionException e) {
            throw new AssertionError("The task's run() failed in a process pool worker with " + e.getCause()
                    + ": it must run unchanged in another process, with no state outside the task itself", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The task did not finish in a process pool worker within " + CHILD_BOUND + " ("
                    + ticks + "): run() must end after its n ticks", e);
        }

        assertThat(run.pid())
                .as("The task ran in this JVM, not in a pool worker")
                .isNotEqualTo(ProcessHandle.current().pid());
        assertThat(List.copyOf(run.ticks()))
                .as("In a process pool worker, run() left the worker's copy with ticks() %s (%s): run() must count "
                        + "down from the same n, T-minus %d down to T-minus 1", run.ticks(), ticks, ticks.n())
                .containsExactlyElementsOf(ticks.expected());
    }

    /** Static, so that the lambda captures the task alone and not this test. */
    private static SerializableCallable<ChildRun> callIn(CountdownTask task) {
        return () -> new ChildRun(ProcessHandle.current().pid(), new ArrayList<>(task.call()));
    }

    /** The lecture's {@code Process(target=c.run)}: run() in the other process, then read its ticks there. */
    private static SerializableCallable<ChildRun> runIn(CountdownTask task) {
        return () -> {
            task.run();
            return new ChildRun(ProcessHandle.current().pid(), new ArrayList<>(task.ticks()));
        };
    }
}
