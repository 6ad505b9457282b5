package lab.hidden.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import lab.threads.Countdown;
import lab.threads.Launcher;
import org.junit.jupiter.api.Test;

class LauncherTest {
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void the_countdown_ticks_on_the_launchers_thread_not_on_the_callers() {
        var recorder = new TickRecorder();
        var launcher = new Launcher(new Countdown(3, Duration.ofMillis(1), recorder));
        Thread caller = Thread.currentThread();

        launcher.start();
        await("the countdown's first tick").atMost(BOUND).until(() -> recorder.size() >= 1);

        assertThat(recorder.ticks())
                .as("The ticks were reported on the thread that called start() (%s): start() must start "
                        + "launcher.thread() with Thread.start(), not call run() itself", caller.getName())
                .noneMatch(tick -> tick.reporter() == caller);
        assertThat(recorder.ticks())
                .as("The ticks were not reported on launcher.thread(): the launcher must run its task on "
                        + "the thread that thread() returns")
                .allMatch(tick -> tick.reporter() == launcher.thread());
    }

    @Test
    void start_returns_while_the_task_is_still_running() throws InterruptedException {
        var task = new Gate(Duration.ofSeconds(2));
        var launcher = new Launcher(task);
        boolean finishedWhenStartReturned;
        try {
            launcher.start();
            finishedWhenStartReturned = task.finished();
        } finally {
            task.open();
        }

        assertThat(finishedWhenStartReturned)
                .as("start() returned only after the task had finished: it ran the task on the caller's thread. "
                        + "Start the thread (Thread.start(), not run()) and return at once")
                .isFalse();
    }

    @Test
    void is_not_running_before_start() throws InterruptedException {
        var task = new Gate(BOUND);
        var launcher = new Launcher(task);
        try {
            assertThat(launcher.isRunning())
                    .as("isRunning() was true before start(): a thread that has not been started is NEW "
                            + "(the lecture's New Thread), not alive. Create the thread in the constructor, "
                            + "start it only in start(), and report Thread.isAlive()")
                    .isFalse();
        } finally {
            task.open();
        }
    }

    @Test
    void is_running_while_the_task_runs() throws InterruptedException {
        var task = new Gate(BOUND);
        var launcher = new Launcher(task);
        // Started directly, so that this item checks isRunning() alone: start() has items of its own.
        launcher.thread().start();
        try {
            assertThat(task.awaitEntered(BOUND)).as("the test task did not start within %s", BOUND).isTrue();
            // ask while the task waits at its gate: a thread that waits is alive but not RUNNABLE
            await("the test task waiting at its gate").atMost(BOUND)
                    .until(() -> launcher.thread().getState() == Thread.State.TIMED_WAITING);
            Thread.State state = launcher.thread().getState();

            assertThat(launcher.isRunning())
                    .as("isRunning() was false while the task was still running (its thread was %s): "
                            + "a thread is alive from its start until its task returns, also while it "
                            + "sleeps or waits. Report Thread.isAlive()", state)
                    .isTrue();
        } finally {
            task.open();
            launcher.thread().join(BOUND);
        }
    }

    @Test
    void is_not_running_after_the_countdown_has_ended() {
        var recorder = new TickRecorder();
        var launcher = new Launcher(new Countdown(3, Duration.ofMillis(1), recorder));

        launcher.start();
        await("the end of the countdown's thread").atMost(BOUND).until(() -> !launcher.thread().isAlive());

        assertThat(launcher.isRunning())
                .as("isRunning() was still true after the countdown had ended (its thread was %s): a thread "
                        + "is alive only until its task returns (the lecture's Dead state). Report "
                        + "Thread.isAlive(), not whether start() was called", launcher.thread().getState())
                .isFalse();
    }
}
