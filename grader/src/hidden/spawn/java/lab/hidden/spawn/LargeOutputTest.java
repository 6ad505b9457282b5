package lab.hidden.spawn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.hidden.common.Seeds;
import lab.kit.testing.ProcessLeaks;
import lab.spawn.ChildReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A pipe holds about 64 KiB. A child that writes more blocks until its parent reads; a parent that
 * waits for the child before reading its output waits forever (here: until the timeout kills it).
 */
@Timeout(value = 22, unit = TimeUnit.SECONDS)
class LargeOutputTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Path dir;

    @AfterEach
    void no_child_is_left_behind() {
        StartFiles.cleanUp(dir);
        ProcessLeaks.killAll();
    }

    @Test
    void a_child_writing_more_than_a_pipe_buffer_ends_and_every_byte_arrives() throws Exception {
        var seeds = Seeds.fresh();
        dir = StartFiles.newDirectory();
        ChildScript script = ChildScript.of(dir, 0, seeds.token()).bigLines(seeds.between(10_000, 15_000));
        String expected = script.expectedOutput();

        List<ChildReport> reports;
        try (var spawning = Spawning.start(List.of(script), TIMEOUT)) {
            reports = spawning.await(TIMEOUT.plus(Duration.ofSeconds(8)))
                    .reportsOrFail(1, "one child that writes " + expected.length() + " bytes");
        }
        ChildReport report = reports.get(0);

        assertThat(report.timedOut())
                .withFailMessage("The child writes %d bytes and then ends, but it was still running at its timeout of "
                                + "%d s and had to be killed (the report holds %d of its bytes): it was blocked on a full "
                                + "pipe, because nobody read its output while the parent waited for it to end. Read each "
                                + "child's standard output on a thread of its own while the child runs, and wait for the "
                                + "child at the same time. (%s)", expected.length(), TIMEOUT.toSeconds(),
                        report.output().length(), seeds)
                .isFalse();
        assertThat(report.exitCode())
                .withFailMessage("The child ended with exit code 0, the report says %d. (%s)", report.exitCode(), seeds)
                .isZero();
        assertThat(report.output().equals(expected))
                .withFailMessage("The child wrote %d bytes in %d lines, the report holds %d bytes in %d lines: keep "
                                + "everything the child writes, to the end of its output. (%s)", expected.length(),
                        script.bigLines() + 2, report.output().length(), report.lines().size(), seeds)
                .isTrue();
    }
}
