package lab.hidden.spawn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lab.hidden.common.Seeds;
import lab.kit.process.ChildJvm;
import lab.kit.process.ChildResult;
import lab.kit.testing.ProcessLeaks;
import lab.spawn.Worker;
import lab.spawn.WorkerScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The student's Worker, run in a child JVM by the kit (so a Spawner mistake costs no Worker item). */
@Timeout(value = 22, unit = TimeUnit.SECONDS)
class WorkerTest {
    private static final Duration BOUND = Duration.ofSeconds(15);
    /**
     * How long the hanging worker has to print its lines; one that has not printed them all by then is
     * judged by being alive at that moment.
     */
    private static final Duration PRINT_BOUND = Duration.ofSeconds(3);
    /**
     * How long the hanging worker must stay alive once it has printed its lines: a worker that ends
     * instead of hanging ends within milliseconds of its last line.
     */
    private static final Duration STAYS_ALIVE = Duration.ofSeconds(1);
    private static Run run;

    private record Run(Seeds seeds, WorkerScript script, ChildResult result) {
    }

    private static synchronized Run run() throws InterruptedException {
        if (run == null) {
            var seeds = Seeds.fresh();
            var script = WorkerScript.of(seeds.between(1, 9)).withRecords(seeds.between(2, 9))
                    .exitingWith(seeds.between(1, 20));
            run = new Run(seeds, script, ChildJvm.runMain(Worker.class.getName(), script.toArgs(), BOUND));
        }
        return run;
    }

    @AfterAll
    static void no_child_is_left_behind() {
        ProcessLeaks.killAll();
    }

    @Test
    void the_worker_introduces_itself_prints_its_records_and_ends_with_its_exit_code() throws Exception {
        Run run = run();
        WorkerScript script = run.script();
        ChildResult result = run.result();
        assertThat(result.timedOut())
                .withFailMessage("The worker for %s was still running after %d s: without --hang it prints and ends. "
                        + "Its standard error: %s", script.toArgs(), BOUND.toSeconds(), result.stderr())
                .isFalse();
        var expected = new ArrayList<String>();
        expected.add("This is process: " + script.index());
        expected.add("pid: <its pid>");
        for (int k = 1; k <= script.records(); k++) {
            expected.add("record " + script.index() + "-" + k);
        }
        List<String> lines = new ArrayList<>(result.stdout().lines().toList());
        if (lines.size() > 1 && lines.get(1).matches("pid: \\d+")) {
            lines.set(1, "pid: <its pid>");
        }

        assertThat(lines)
                .withFailMessage("The worker for %s printed%n%s%nbut it must print exactly%n%s%n(its standard error: %s)",
                        script.toArgs(), String.join("\n", lines), String.join("\n", expected), result.stderr())
                .isEqualTo(expected);
        assertThat(result.exitCode())
                .withFailMessage("The worker for %s ended with exit code %d: end with the script's exit code, %d "
                        + "(System.exit). (%s)", script.toArgs(), result.exitCode(), script.exitCode(), run.seeds())
                .isEqualTo(script.exitCode());
    }

    @Test
    void the_worker_prints_its_own_pid_not_its_parents() throws Exception {
        ChildResult result = run().result();
        List<String> lines = result.stdout().lines().toList();
        String pidLine = lines.size() > 1 ? lines.get(1) : "(no second line)";

        assertThat(pidLine)
                .withFailMessage("The worker ran as process %d, its parent is %d, and its second line is \"%s\": print "
                                + "the worker's own pid, ProcessHandle.current().pid() - the lecture's os.getpid() - as "
                                + "\"pid: %d\"", result.pid(), ProcessHandle.current().pid(), pidLine, result.pid())
                .isEqualTo("pid: " + result.pid());
    }

    @Test
    void a_hanging_worker_is_still_running_at_its_timeout() throws Exception {
        var script = WorkerScript.of(1).withRecords(1).hanging();
        boolean ended;
        var worker = WatchedChild.start(Worker.class.getName(), script.toArgs(), 2 + script.records());
        try (worker) {
            boolean printed;
            try {
                CompletableFuture.anyOf(worker.printed(), worker.ended()).get(PRINT_BOUND.toMillis(),
                        TimeUnit.MILLISECONDS);
                printed = true;
            } catch (TimeoutException notAllItsLinesYet) {
                printed = false; // judged as before: by being alive at the bound
            }
            try {
                worker.ended().get(printed ? STAYS_ALIVE.toMillis() : 0, TimeUnit.MILLISECONDS);
                ended = true;
            } catch (TimeoutException stillRunning) {
                ended = false;
            }
        }

        assertThat(ended)
                .withFailMessage("The worker for %s ended on its own with exit code %d: with --hang it must stay alive "
                        + "after printing, until it is killed. Its standard error: %s", script.toArgs(),
                        worker.exitCode(), worker.stderr().isBlank() ? "(empty)" : worker.stderr())
                .isFalse();
    }
}
