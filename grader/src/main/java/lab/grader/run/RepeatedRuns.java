package lab.grader.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lab.grader.catalogue.TestCase;
import lab.grader.plan.PlannedAssignment;
import lab.grader.plan.PlannedItem;
import lab.grader.rubric.Kind;
import lab.grader.scoring.Outcome;
import lab.grader.scoring.Status;
import lab.grader.timing.PhaseTimes;

/**
 * Runs one compiled assignment's tests, then runs again, each time in a fresh test JVM, the tests of
 * items that {@code repeat} - until each such item has had its runs, or can no longer reach the share
 * of passing runs it needs (more runs would not change its score). The first run may take a JVM that
 * served other assignments before; the runs after it never do.
 */
final class RepeatedRuns {
    /**
     * @param runs      by test key: its outcome in each run, first run first
     * @param testTimes by test key: its time summed over its runs
     * @param phases    where the assignment's time went, all runs together
     */
    record Result(Map<String, List<Outcome>> runs, Map<String, Duration> testTimes, PhaseTimes phases) {
    }

    private RepeatedRuns() {}

    /**
     * @param firstRun where the first run gets its JVMs
     * @param fresh    where each later run gets its JVMs: fresh ones, with this assignment's classes only
     */
    static Result run(AssignmentRunner runner, PlannedAssignment assignment, TestJvms firstRun, TestJvms fresh,
                      List<String> studentPackages, Path dir, Deadline deadline, Duration compile)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Map<String, List<Outcome>> runs = new HashMap<>();
        Map<String, Duration> testTimes = new HashMap<>();
        Duration startup = Duration.ZERO;
        Duration waits = Duration.ZERO;
        int jvms = 0;
        List<TestCase> tests = assignment.tests();
        for (int round = 1; !tests.isEmpty(); round++) {
            AssignmentRun run = runner.run(tests, round == 1 ? firstRun : fresh, studentPackages,
                    dir.resolve(round == 1 ? "run" : "run-" + round), deadline);
            run.outcomes().forEach((key, outcome) -> runs.computeIfAbsent(key, k -> new ArrayList<>()).add(outcome));
            run.testTimes().forEach((key, took) -> testTimes.merge(key, took, Duration::plus));
            startup = startup.plus(run.startup());
            waits = waits.plus(run.waits().values().stream().reduce(Duration.ZERO, Duration::plus));
            jvms += run.jvms();
            tests = testsOfNextRun(assignment, runs, round + 1);
        }
        Duration inTests = Duration.ZERO;
        Duration inRules = Duration.ZERO;
        for (TestCase test : assignment.tests()) {
            Duration took = testTimes.getOrDefault(test.key(), Duration.ZERO);
            if (test.kind() == Kind.RULE) {
                inRules = inRules.plus(took);
            } else {
                inTests = inTests.plus(took);
            }
        }
        Duration wall = compile.plus(Duration.ofNanos(System.nanoTime() - start));
        return new Result(runs, testTimes, new PhaseTimes(compile, startup, inTests, inRules, wall, jvms, waits));
    }

    /** The tests of items that repeat at least {@code round} times and can still earn their points. */
    static List<TestCase> testsOfNextRun(PlannedAssignment assignment, Map<String, List<Outcome>> runs, int round) {
        List<TestCase> next = new ArrayList<>();
        for (PlannedItem planned : assignment.items()) {
            int repeat = planned.item().repeat();
            if (repeat < round) {
                continue;
            }
            int failedRuns = 0;
            for (int i = 0; i < round - 1; i++) {
                int run = i;
                boolean passed = planned.tests().stream().allMatch(t -> {
                    List<Outcome> outcomes = runs.getOrDefault(t.key(), List.of());
                    return run < outcomes.size() && outcomes.get(run).status() == Status.PASSED;
                });
                failedRuns += passed ? 0 : 1;
            }
            if (failedRuns <= repeat - planned.item().runsNeeded()) {
                next.addAll(planned.tests());
            }
        }
        return next.stream().distinct().toList();
    }
}
