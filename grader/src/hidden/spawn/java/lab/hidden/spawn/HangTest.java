package lab.hidden.spawn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.hidden.common.Seeds;
import lab.kit.testing.ProcessLeaks;
import lab.spawn.ChildReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three children: one that succeeds, one that hangs after starting a process of its own, one that
 * fails with exit code 3. The hung child must be killed at its timeout with what it started, and
 * neither failure may cost another child its report. One spawn serves the three tests.
 *
 * <p>The timeout is what every grading waits for the hung child, so it is fitted to the machine:
 * {@value #MARGIN} times what three trivial child JVMs take right now (see {@link ChildStartTime}),
 * at least 1.5 s and at most 7 s, what a machine with a load average of 10 needs. Should a sibling
 * still be killed at that timeout, or the hung child never get to start, the spawn is done again
 * with the 7 s before anything is judged: a machine that got slower since the measurement costs a
 * correct Spawner no point.
 */
@Timeout(value = 22, unit = TimeUnit.SECONDS)
class HangTest {
    private static final int N = 3;
    private static final int OK = 0;
    private static final int HUNG = 1;
    private static final int CRASHED = 2;
    private static final int MARGIN = 4;
    private static final Duration MIN_TIMEOUT = Duration.ofMillis(1500);
    private static final Duration MAX_TIMEOUT = Duration.ofSeconds(7);
    /** How long spawnAll may take beyond its timeout (killing, reading the rest of the output). */
    private static final Duration RETURN_SLACK = Duration.ofSeconds(9);
    /** What run() may take in all (the test's 22 s less the 3 s of GONE_BOUND and some room). */
    private static final Duration RUN_BUDGET = Duration.ofSeconds(17);
    private static final Duration GONE_BOUND = Duration.ofSeconds(3);
    private static Run run;

    /**
     * @param timeout the timeout spawnAll was called with
     * @param returnBound how long the test waited for spawnAll to return
     */
    private record Run(Seeds seeds, Path dir, List<ChildScript> scripts, Duration timeout, Duration returnBound,
                       Spawning.Outcome outcome) {

        /**
         * Whether the outcome may come from a machine slower than measured: a sibling killed at the
         * timeout, or the hung child never started (not: spawnAll still running, or a throw).
         */
        boolean timeoutMayHaveBeenTooShort() {
            if (outcome.stillRunning()) {
                return false;
            }
            List<ChildReport> reports = outcome.reports();
            boolean siblingKilled = reports != null && reports.size() == N
                    && (reports.get(OK).timedOut() || reports.get(CRASHED).timedOut());
            return siblingKilled || StartFiles.pid(dir, HUNG).isEmpty();
        }
    }

    private static synchronized Run run() throws InterruptedException {
        if (run == null) {
            long began = System.nanoTime();
            Duration timeout = ChildStartTime.measure(N, MAX_TIMEOUT.dividedBy(MARGIN))
                    .map(measured -> Duration.ofMillis((measured.multipliedBy(MARGIN).toMillis() + 99) / 100 * 100))
                    .map(fitted -> fitted.compareTo(MIN_TIMEOUT) < 0 ? MIN_TIMEOUT : fitted)
                    .filter(fitted -> fitted.compareTo(MAX_TIMEOUT) < 0)
                    .orElse(MAX_TIMEOUT);
            Run attempt = spawn(timeout, left(began));
            if (timeout.compareTo(MAX_TIMEOUT) < 0 && attempt.timeoutMayHaveBeenTooShort()
                    && left(began).compareTo(MAX_TIMEOUT.plusSeconds(2)) >= 0) {
                StartFiles.cleanUp(attempt.dir());
                ProcessLeaks.killAll();
                attempt = spawn(MAX_TIMEOUT, left(began));
            }
            run = attempt;
        }
        return run;
    }

    private static Duration left(long began) {
        return RUN_BUDGET.minusNanos(System.nanoTime() - began);
    }

    private static Run spawn(Duration timeout, Duration left) throws InterruptedException {
        Duration returnBound = timeout.plus(RETURN_SLACK);
        if (left.compareTo(returnBound) < 0) {
            returnBound = left.compareTo(timeout.plusSeconds(2)) < 0 ? timeout.plusSeconds(2) : left;
        }
        var seeds = Seeds.fresh();
        Path dir = StartFiles.newDirectory();
        var scripts = List.of(
                ChildScript.of(dir, OK, seeds.token()).lines(seeds.between(2, 6)),
                ChildScript.of(dir, HUNG, seeds.token()).lines(2).withGrandchild().hanging(),
                ChildScript.of(dir, CRASHED, seeds.token()).lines(seeds.between(2, 6)).exitCode(3));
        try (var spawning = Spawning.start(scripts, timeout)) {
            return new Run(seeds, dir, scripts, timeout, returnBound, spawning.await(returnBound));
        }
    }

    @AfterAll
    static void no_child_is_left_behind() {
        if (run != null) {
            StartFiles.cleanUp(run.dir());
        }
        ProcessLeaks.killAll();
    }

    @Test
    void a_child_still_running_at_its_timeout_is_killed() throws Exception {
        Run run = run();
        assertThat(run.outcome().stillRunning())
                .withFailMessage("spawnAll had not returned %s after it was called with a timeout of %s, while one "
                                + "child hangs: wait with waitFor(timeout) and kill a child still running at its "
                                + "timeout (destroyForcibly), then report it with timedOut = true",
                        ChildStartTime.seconds(run.returnBound()), ChildStartTime.seconds(run.timeout()))
                .isFalse();
        long hung = hungPid(run);

        List<Long> alive = ProcessLeaks.awaitGone(List.of(hung), GONE_BOUND);

        assertThat(alive)
                .withFailMessage("spawnAll has ended, but the child that hangs (pid %d) was still running %d s later: "
                                + "a child still running at its timeout of %s must be killed (destroyForcibly, then "
                                + "wait for it to end), otherwise it runs on as an orphan", hung,
                        GONE_BOUND.toSeconds(), ChildStartTime.seconds(run.timeout()))
                .isEmpty();
    }

    @Test
    void killing_a_hung_child_also_kills_the_processes_it_started() throws Exception {
        Run run = run();
        long hung = hungPid(run);
        long grandchild = StartFiles.grandchildPid(run.dir(), HUNG).orElseThrow(() -> new AssertionError(
                "The child that hangs never said which process it started: it did not get to run within the "
                        + "timeout of " + ChildStartTime.seconds(run.timeout())));

        List<Long> alive = ProcessLeaks.awaitGone(List.of(hung, grandchild), GONE_BOUND);

        assertThat(alive)
                .withFailMessage(alive.contains(hung)
                        ? "The child that hangs (pid %d) was not killed, and neither was the process it had started "
                                + "(pid %d, `sleep`): kill a child still running at its timeout, and its descendants "
                                + "with it"
                        : "The child that hangs (pid %d) was killed, but the process it had started (pid %d, `sleep`) "
                                + "was still running " + GONE_BOUND.toSeconds() + " s later, an orphan: kill the "
                                + "child's descendants too (process.toHandle().descendants(), before the child itself: "
                                + "once it is dead they can no longer be found from it)", hung, grandchild)
                .isEmpty();
    }

    @Test
    void a_hung_or_failing_child_costs_no_other_child_its_report() throws Exception {
        Run run = run();
        List<ChildReport> reports = run.outcome().reportsOrFail(N,
                "child 0 succeeds, child 1 hangs and must be killed at its timeout, child 2 fails with exit code 3");

        ChildReport hung = reports.get(HUNG);
        assertThat(hung.timedOut())
                .withFailMessage("Child 1 hangs, yet its report says timedOut = false (exit code %d): a child still "
                        + "running at its timeout is killed and reported with timedOut = true. (%s)", hung.exitCode(),
                        run.seeds())
                .isTrue();
        for (int i : new int[] {OK, CRASHED}) {
            ChildReport report = reports.get(i);
            assertThat(report.timedOut())
                    .withFailMessage("Child %d ended on its own within its timeout of %s, yet its report says timedOut "
                            + "= true: the hung child must cost no other child its time. Give each child its own "
                            + "deadline, counted from when it was started. (%s)", i,
                            ChildStartTime.seconds(run.timeout()), run.seeds())
                    .isFalse();
            String expected = run.scripts().get(i).expectedOutput();
            assertThat(report.output())
                    .withFailMessage("Child %d wrote%n%s%nbut its report carries%n%s%nA failing or hung sibling must "
                                    + "not cost a child its output. (%s)", i, expected, report.output(), run.seeds())
                    .contains(expected);
        }
        assertThat(reports.get(OK).exitCode())
                .withFailMessage("Child 0 ended with exit code 0, its report says %d. (%s)", reports.get(OK).exitCode(),
                        run.seeds())
                .isZero();
    }

    private static long hungPid(Run run) {
        return StartFiles.pid(run.dir(), HUNG).orElseThrow(() -> new AssertionError(
                "The child that hangs never started within its timeout of " + ChildStartTime.seconds(run.timeout())
                        + ": start every "
                        + "child with ProcessBuilder.start() on this JVM's class path, with the arguments given"));
    }
}
