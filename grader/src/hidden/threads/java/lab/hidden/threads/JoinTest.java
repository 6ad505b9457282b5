package lab.hidden.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import lab.threads.Launcher;
import org.junit.jupiter.api.Test;

/** The tests start launcher.thread() themselves, so that these items check join(...) alone. */
class JoinTest {
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final Duration SHORT = Duration.ofMillis(100);

    /** Calls launcher.join(timeout) on a thread of its own, so that the test can bound the wait. */
    private static FutureTask<Boolean> joinInBackground(Launcher launcher, Duration timeout) {
        var join = new FutureTask<>(() -> launcher.join(timeout));
        Thread.ofPlatform().daemon().name("test-join-caller").start(join);
        return join;
    }

    @Test
    void join_gives_up_when_its_timeout_has_passed() throws Exception {
        var task = new Gate(Duration.ofSeconds(8));
        var launcher = new Launcher(task);
        launcher.thread().start();
        try {
            assertThat(task.awaitEntered(BOUND)).as("the test task did not start within %s", BOUND).isTrue();
            var join = joinInBackground(launcher, SHORT);
            try {
                join.get(3, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail("join(100 ms) was still waiting 3 s later for a task that had not ended: it must give up "
                        + "when its timeout has passed. Pass the timeout on (Thread.join(Duration)); a join "
                        + "without a timeout waits forever");
            } catch (ExecutionException e) {
                throw new AssertionError("join(100 ms) threw " + e.getCause(), e.getCause());
            }
        } finally {
            task.open();
            launcher.thread().join(BOUND);
        }
    }

    @Test
    void join_returns_true_only_after_the_task_has_ended() throws InterruptedException {
        var finished = new AtomicBoolean();
        var launcher = new Launcher(() -> {
            try {
                Thread.sleep(Duration.ofMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
        });
        launcher.thread().start();

        boolean ended = launcher.join(BOUND);
        Thread.State state = launcher.thread().getState();
        boolean taskFinished = finished.get();

        assertThat(ended)
                .as("join(5 s) returned false for a task that takes about 60 ms (its thread was %s then): "
                        + "join waits until the thread ends or the timeout passes, whichever comes first "
                        + "(Thread.join(Duration))", state)
                .isTrue();
        assertThat(state)
                .as("join(5 s) returned while the task's thread was still %s: it must wait for the end", state)
                .isEqualTo(Thread.State.TERMINATED);
        assertThat(taskFinished).as("join(5 s) returned before the task had finished: it must wait for the end").isTrue();
    }

    @Test
    void join_returns_false_while_the_task_is_still_running() throws Exception {
        var task = new Gate(Duration.ofSeconds(8));
        var launcher = new Launcher(task);
        launcher.thread().start();
        boolean ended;
        boolean aliveAfterJoin;
        try {
            assertThat(task.awaitEntered(BOUND)).as("the test task did not start within %s", BOUND).isTrue();
            var join = joinInBackground(launcher, SHORT);
            try {
                ended = join.get(3, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // A join that ignores its timeout loses another item; here only its answer counts.
                task.open();
                ended = join.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            }
            aliveAfterJoin = launcher.thread().isAlive();
        } finally {
            task.open();
            launcher.thread().join(BOUND);
        }

        if (ended) {
            assertThat(aliveAfterJoin)
                    .as("join(100 ms) returned true while the task was still running: true means the thread has "
                            + "ended. Return what Thread.join(Duration) returns")
                    .isFalse();
        } else {
            assertThat(aliveAfterJoin)
                    .as("join(100 ms) returned false although the task had ended")
                    .isTrue();
        }
    }
}
