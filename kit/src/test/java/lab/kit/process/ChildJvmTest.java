package lab.kit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import lab.kit.testing.ProcessLeaks;
import org.junit.jupiter.api.Test;

class ChildJvmTest {
    @Test
    void run_main_reports_pid_exit_code_stdout_and_stderr() throws Exception {
        ChildResult result = ChildJvm.runMain(ChildMains.Echo.class.getName(), List.of("7", "a", "b"),
                Duration.ofSeconds(30));
        assertThat(result.timedOut()).isFalse();
        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.stdout()).contains("args a,b").contains("pid " + result.pid());
        assertThat(result.stderr()).contains("to stderr");
        assertThat(result.pid()).isNotEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void a_child_writing_more_than_a_pipe_buffer_on_both_streams_does_not_deadlock() throws Exception {
        int bytes = 2_000_000;
        ChildResult result = ChildJvm.runMain(ChildMains.Chatty.class.getName(), List.of(Integer.toString(bytes)),
                Duration.ofSeconds(30));
        assertThat(result.timedOut()).as("the child blocked on a full pipe").isFalse();
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().length()).isGreaterThanOrEqualTo(bytes);
        assertThat(result.stderr().length()).isGreaterThanOrEqualTo(bytes);
    }

    @Test
    void the_timeout_kills_the_child_and_its_descendants() throws Exception {
        // long enough for a JVM to start on a loaded machine and print the grandchild's pid
        ChildResult result = ChildJvm.runMain(ChildMains.HangsWithAGrandchild.class.getName(), List.of(),
                Duration.ofSeconds(5));
        assertThat(result.timedOut()).isTrue();
        assertThat(result.exitCode()).isEqualTo(137);
        long grandchild = Long.parseLong(result.stdout().lines().filter(l -> l.startsWith("grandchild "))
                .findFirst().orElseThrow(() -> new AssertionError("no grandchild pid in: " + result))
                .substring("grandchild ".length()).strip());
        assertThat(ProcessLeaks.awaitGone(List.of(result.pid(), grandchild), Duration.ofSeconds(5)))
                .as("processes still alive after the timeout").isEmpty();
    }

    @Test
    void call_returns_the_tasks_value_computed_in_another_process() throws Exception {
        long parent = ProcessHandle.current().pid();
        Long child = ChildJvm.call(() -> ProcessHandle.current().pid(), Duration.ofSeconds(30));
        assertThat(child).isNotEqualTo(parent);
    }

    @Test
    void call_rethrows_the_tasks_exception_as_the_cause() {
        assertThatThrownBy(() -> ChildJvm.call(() -> {
            throw new UnsupportedOperationException("not here");
        }, Duration.ofSeconds(30)))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(UnsupportedOperationException.class).hasMessage("not here");
    }

    @Test
    void call_times_out_and_leaves_no_process_behind() throws Exception {
        var leaks = ProcessLeaks.snapshot();
        assertThatThrownBy(() -> ChildJvm.call(() -> {
            Thread.sleep(120_000);
            return "late";
        }, Duration.ofSeconds(1)))
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("killed");
        leaks.assertNoneAfter(Duration.ofSeconds(5));
    }

    @Test
    void pool_workers_exit_when_the_parent_jvm_is_killed() throws Exception {
        Process parent = new ProcessBuilder(ChildJvm.command(ChildMains.PoolParent.class.getName(), List.of()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the parent's first line").isNotNull().startsWith("workers ");
            List<Long> workers = java.util.Arrays.stream(line.substring("workers ".length()).split(" "))
                    .map(Long::parseLong).toList();
            assertThat(workers).hasSize(2).allMatch(pid -> ProcessHandle.of(pid).isPresent());
            parent.destroyForcibly();
            assertThat(ProcessLeaks.awaitGone(workers, Duration.ofSeconds(15)))
                    .as("workers still alive after their parent was killed").isEmpty();
        } finally {
            parent.destroyForcibly();
        }
    }
}
