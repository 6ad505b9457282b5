package lab.hidden.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import lab.kit.process.ChildJvm;
import lab.kit.transport.SubprocessTransport;
import lab.protocols.CollectedOutput;
import lab.protocols.OutputCollector;
import org.junit.jupiter.api.Test;

class SubprocessTest {
    private static final int RESULT_BOUND_SECONDS = 8;

    static CollectedOutput run(long seed, int lines, int exitCode, boolean open) throws Exception {
        var collector = new OutputCollector();
        var args = List.of(String.valueOf(seed), String.valueOf(lines), String.valueOf(exitCode), open ? "open" : "closed");
        try (var child = SubprocessTransport.spawn(ChildJvm.command(ChildOutput.class.getName(), args), collector)) {
            return collector.result().get(RESULT_BOUND_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void output_larger_than_a_pipe_buffer_comes_back_as_whole_lines_in_order() throws Exception {
        long seed = new Random().nextLong();
        int lines = 300 + new Random(seed).nextInt(200);
        CollectedOutput output = run(seed, lines, 0, false);
        List<String> expected = ChildOutput.stdout(seed, lines);

        assertThat(output.stdout())
                .as("The child wrote %d lines of up to 3000 characters (about %d KB, far more than a pipe buffer) "
                        + "on stdout (seed %d); they arrived in chunks of at most %d bytes that end anywhere, even "
                        + "inside a line or a UTF-8 character. Keep the bytes after the last \\n of a chunk and put "
                        + "them in front of the next chunk of the same pipe", lines,
                        expected.stream().mapToInt(String::length).sum() / 1000, seed, SubprocessTransport.READ_SIZE)
                .isEqualTo(expected);
        assertThat(output.stderr())
                .as("the stderr lines (seed %d): stdout and stderr are separate pipes, keep a buffer and a list for each",
                        seed)
                .isEqualTo(ChildOutput.stderr(seed, lines));
    }

    @Test
    void a_last_line_without_a_newline_is_still_a_line() throws Exception {
        long seed = new Random().nextLong();
        int lines = 50 + new Random(seed).nextInt(50);
        CollectedOutput output = run(seed, lines, 0, true);

        assertThat(output.stdout())
                .as("The child's last stdout line had no \\n before it exited (seed %d): when the pipes are closed "
                        + "(connectionLost), what is left in the buffer is the last line", seed)
                .isEqualTo(ChildOutput.stdout(seed, lines));
    }

    @Test
    void the_result_carries_the_childs_exit_code() throws Exception {
        long seed = new Random().nextLong();
        int exitCode = 1 + new Random(seed).nextInt(120);
        CollectedOutput output = run(seed, 20, exitCode, false);

        assertThat(output.exitCode())
                .as("The child exited with code %d: keep the code processExited gives you and put it in the result",
                        exitCode)
                .isEqualTo(exitCode);
    }
}
