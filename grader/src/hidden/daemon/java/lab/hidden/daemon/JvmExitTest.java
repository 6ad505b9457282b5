package lab.hidden.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JVM's exit rule, checked for real: the student's program runs in a child JVM whose main
 * returns at once. Starting a JVM can take seconds on a loaded machine, hence the longer timeout
 * (still well inside the grader's watchdog).
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JvmExitTest {

    private static final Duration EXIT_BOUND = Duration.ofSeconds(15);

    @Test
    void the_jvm_exits_on_its_own_while_the_daemon_heartbeat_still_runs() throws Exception {
        // 5 records of 20 ms: the batch ends soon, the heartbeat (every 10 ms) would beat forever
        try (ChildJvm child = ChildJvm.start(HeartbeatProbe.class.getName(), "5", "20", "10")) {
            boolean exited = child.awaitExit(EXIT_BOUND);

            if (exited) {
                List<String> exitReports = child.lines().stream()
                        .filter(line -> line.startsWith(HeartbeatProbe.EXIT_REPORT))
                        .toList();
                assertThat(exitReports)
                        .withFailMessage("The JVM ended without running its shutdown hooks (Runtime.halt?):"
                                + " let it end on its own, when only daemon threads are left. Output:%n%s",
                                child.transcript())
                        .hasSize(1);
                assertThat(exitReports.getFirst())
                        .withFailMessage("The JVM did not end on its own: System.exit was called while these"
                                + " non-daemon threads were still running: %s. Never force the end with"
                                + " System.exit; make the heartbeat a daemon and return from main - the JVM"
                                + " exits by itself once the batch is written.",
                                exitReports.getFirst().substring(HeartbeatProbe.EXIT_REPORT.length()))
                        .isEqualTo(HeartbeatProbe.EXIT_REPORT + "[]");
            }
            assertThat(child.lines())
                    .withFailMessage("IngestProgram.main did not return normally. Start both threads and"
                            + " return, without joining them. Output of the program:%n%s", child.transcript())
                    .contains(HeartbeatProbe.MAIN_RETURNED);
            assertThat(child.lines())
                    .withFailMessage("No 'still ingesting' line reached System.out after main returned:"
                            + " main must start the heartbeat, printing with System.out::println. Output:%n%s",
                            child.transcript())
                    .contains(HeartbeatProbe.HEARTBEAT_SEEN);
            assertThat(exited)
                    .withFailMessage("The JVM was still running %d s after main returned and the batch was"
                            + " written: the heartbeat kept it alive. The JVM only exits when every"
                            + " non-daemon thread has ended - make the heartbeat a daemon thread before"
                            + " start() (setDaemon(true) or Thread.ofPlatform().daemon()). Output:%n%s",
                            EXIT_BOUND.toSeconds(), child.transcript())
                    .isTrue();
            assertThat(child.exitValue())
                    .withFailMessage("The program exited with code %d instead of 0. Output:%n%s",
                            child.exitValue(), child.transcript())
                    .isZero();
        }
    }

    @Test
    void the_essential_batch_is_complete_although_main_returns_at_once() throws Exception {
        long seed = new Random().nextLong();
        int records = 15 + new Random(seed).nextInt(26);
        String complete = "batch complete: " + records + " records";
        List<String> expected = IntStream.rangeClosed(1, records).mapToObj(i -> "record " + i).toList();

        try (ChildJvm child = ChildJvm.start("lab.daemon.IngestProgram", Integer.toString(records), "15", "10")) {
            // the heartbeat is judged by the other test: here the JVM may even keep running
            try {
                await().atMost(EXIT_BOUND).pollInterval(Duration.ofMillis(20))
                        .until(() -> !child.isAlive() || child.lines().contains(complete));
            } catch (ConditionTimeoutException stillWriting) {
                // judged below from what was written
            }
            child.awaitExit(Duration.ofMillis(200));

            List<String> written = child.lines().stream().filter(line -> line.startsWith("record ")).toList();
            assertThat(written)
                    .withFailMessage("The batch of %d records (seed %d) was cut short: only %d reached"
                            + " System.out before the JVM exited. main returns at once, so the essential"
                            + " worker must be a non-daemon thread - the JVM waits for non-daemon threads,"
                            + " and simply stops daemon ones. Output:%n%s",
                            records, seed, written.size(), child.transcript())
                    .hasSizeGreaterThanOrEqualTo(records);
            assertThat(written)
                    .withFailMessage("Expected record 1 to record %d in order (seed %d), got:%n%s",
                            records, seed, child.transcript())
                    .isEqualTo(expected);
            assertThat(child.lines())
                    .withFailMessage("The batch of %d records (seed %d) never printed '%s'. Output:%n%s",
                            records, seed, complete, child.transcript())
                    .contains(complete);
        }
    }
}
