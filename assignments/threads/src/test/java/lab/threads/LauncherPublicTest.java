package lab.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LauncherPublicTest {

    @Test
    void the_countdown_ticks_on_the_launchers_thread_not_on_the_callers() throws InterruptedException {
        List<Thread> reporters = new CopyOnWriteArrayList<>();
        var launcher = new Launcher(new Countdown(2, Duration.ofMillis(1), tick -> reporters.add(Thread.currentThread())));

        launcher.start();
        launcher.join(Duration.ofSeconds(5));

        assertThat(List.copyOf(reporters))
                .as("The ticks must be reported by launcher.thread(), not by the thread that called start(): "
                        + "start() the thread, do not call run() yourself")
                .hasSize(2)
                .containsOnly(launcher.thread())
                .doesNotContain(Thread.currentThread());
    }

    @Test
    void join_returns_true_once_the_countdown_has_ended() throws InterruptedException {
        var launcher = new Launcher(new Countdown(2, Duration.ofMillis(5), tick -> { }));
        launcher.start();

        boolean ended = launcher.join(Duration.ofSeconds(5));

        assertThat(ended)
                .as("join(5 s) on a countdown that takes about 10 ms must wait for its end and return true")
                .isTrue();
        assertThat(launcher.thread().getState())
                .as("After join(...) returned true the thread must have ended")
                .isEqualTo(Thread.State.TERMINATED);
    }
}
