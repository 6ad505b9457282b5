package lab.kit.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import lab.kit.process.ChildJvm;
import org.junit.jupiter.api.Test;

class SubprocessTransportTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static List<String> lines(int count, int exitCode) {
        return ChildJvm.command(TransportChildMains.Lines.class.getName(),
                List.of(String.valueOf(count), String.valueOf(exitCode)));
    }

    @Test
    void output_larger_than_a_pipe_buffer_arrives_whole_on_both_pipes_in_chunks_of_at_most_read_size()
            throws InterruptedException {
        var protocol = new Recording.Pipes();
        try (var child = SubprocessTransport.spawn(lines(10_000, 0), protocol)) {
            assertThat(child.awaitCompletion(BOUND)).isTrue();
        }
        String out = protocol.out();
        assertThat(out).hasSize(1_000_000);
        assertThat(protocol.err()).hasSize(1_000_000);
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(10_000);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i]).startsWith(String.format("%08d", i)).hasSize(99);
        }
        assertThat(protocol.err().split("\n")[9_999]).startsWith("00009999");
        assertThat(protocol.largestChunk).isLessThanOrEqualTo(SubprocessTransport.READ_SIZE);
    }

    @Test
    void calls_come_on_one_thread_with_the_exit_code_after_both_pipes_and_connection_lost_last()
            throws InterruptedException {
        var protocol = new Recording.Pipes();
        try (var child = SubprocessTransport.spawn(lines(50, 42), protocol)) {
            assertThat(child.awaitCompletion(BOUND)).isTrue();
            assertThat(child.exitCode()).hasValue(42);
            assertThat(child.isClosing()).isTrue();
        }
        assertThat(protocol.exitCode).isEqualTo(42);
        List<String> calls = protocol.calls;
        assertThat(calls.getFirst()).isEqualTo("made");
        assertThat(calls.subList(calls.size() - 2, calls.size())).containsExactly("exited", "lost");
        assertThat(calls).contains("pipe-lost1", "pipe-lost2", "data1", "data2");
        assertThat(calls.indexOf("exited")).isGreaterThan(calls.lastIndexOf("data1")).isGreaterThan(calls.lastIndexOf("data2"));
        assertThat(protocol.threads.stream().distinct()).hasSize(1);
    }

    @Test
    void a_killed_child_ends_with_an_exit_code_and_every_call() throws InterruptedException {
        var protocol = new Recording.Pipes();
        try (var child = SubprocessTransport.spawn(
                ChildJvm.command(TransportChildMains.Sleeps.class.getName(), List.of()), protocol)) {
            assertThat(child.exitCode()).isEmpty();
            child.kill();
            assertThat(child.awaitCompletion(BOUND)).isTrue();
        }
        assertThat(protocol.exitCode).isNotZero();
        assertThat(protocol.calls).endsWith("exited", "lost");
    }
}
