package lab.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessLeaksTest {
    @Test
    void a_child_left_running_is_reported_and_kill_all_ends_it() throws Exception {
        var leaks = ProcessLeaks.snapshot();
        Process sleeper = new ProcessBuilder("sleep", "120").start();
        try {
            assertThat(leaks.newProcesses()).extracting(ProcessHandle::pid).contains(sleeper.pid());
            assertThatThrownBy(() -> leaks.assertNoneAfter(Duration.ofMillis(100)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("pid " + sleeper.pid())
                    .hasMessageContaining("sleep");
            assertThat(ProcessLeaks.killAll()).isGreaterThanOrEqualTo(1);
            assertThat(ProcessLeaks.awaitGone(List.of(sleeper.pid()), Duration.ofSeconds(5))).isEmpty();
            assertThat(leaks.awaitGone(Duration.ofSeconds(5))).isEmpty();
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void a_child_that_was_waited_for_is_not_a_leak() throws Exception {
        var leaks = ProcessLeaks.snapshot();
        new ProcessBuilder("true").start().waitFor();
        leaks.assertNoneAfter(Duration.ofSeconds(5));
    }
}
