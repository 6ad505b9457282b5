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
 * Runs one compiled assignment's tests, then runs again the tests of items that {@code repeat} - until
 * each such item has had its runs, or can no longer reach the share of passing runs it needs (more runs
 * would not change its score). Each run gets a test JVM that has not run this assignment's classes
 * before ({@link TestJvms#take}): its classes are loaded and initialised afresh, as in a JVM of its own.
 * A shared source may hand it a JVM that served other assignments.
 * <p>
 * One run at a time ({@link #runNext}), so that the grader can put the next run at the end of its queue:
 * by the time it comes, a JVM that other assignments used (and this one did not) is often idle, and no
 * JVM has to start for it.
 */
final class RepeatedRuns {
    /**
     * @param runs      by test key: its outcome in each run, first run first
     * @param testTimes by test key: its time summed over its runs
     * @param phases    where the assignment's time went, all runs together
     */
    record Result(Map<String, List<Outcome>> runs, Map<String, Duration> testTimes, PhaseTimes phases) {
    }

    private final AssignmentRunner runner;
    private final PlannedAssignment assignment;
    private final TestJvms source;
    private final List<String> studentPackages;
    private final Path dir;
    private final Deadline deadline;
    private final Duration compile;
    private final Map<String, List<Outcome>> runs = new HashMap<>();
    private final Map<String, Duration> testTimes = new HashMap<>();
    private Duration startup = Duration.ZERO;
    private Duration waits = Duration.ZERO;
    private Duration running = Duration.ZERO;
    private int jvms;
    private int round = 1;
    private List<TestCase> tests;

    /**
     * @param source  where every run gets its JVMs
     * @param compile how long compiling the assignment took: part of its wall time
     */
    RepeatedRuns(AssignmentRunner runner, PlannedAssignment assignment, TestJvms source, List<String> studentPackages,
                 Path dir, Deadline deadline, Duration compile) {
        this.runner = runner;
        this.assignment = assignment;
        this.source = source;
        this.studentPackages = List.copyOf(studentPackages);
        this.dir = dir;
        this.deadline = deadline;
        this.compile = compile;
        this.tests = assignment.tests();
    }

    /** Runs the next run's tests; returns whether another run is due. */
    synchronized boolean runNext() throws IOException, InterruptedException {
        if (tests.isEmpty()) {
            return false;
        }
        long start = System.nanoTime();
        AssignmentRun run = runner.run(tests, source, studentPackages, dir.resolve(round == 1 ? "run" : "run-" + round), deadline);
        run.outcomes().forEach((key, outcome) -> runs.computeIfAbsent(key, k -> new ArrayList<>()).add(outcome));
        run.testTimes().forEach((key, took) -> testTimes.merge(key, took, Duration::plus));
        startup = startup.plus(run.startup());
        waits = waits.plus(run.waits().values().stream().reduce(Duration.ZERO, Duration::plus));
        jvms += run.jvms();
        running = running.plus(Duration.ofNanos(System.nanoTime() - start));
        round++;
        tests = testsOfNextRun(assignment, runs, round);
        return !tests.isEmpty();
    }

    /** The outcomes of the runs so far; its wall time is compiling plus the runs (not the time between them). */
    synchronized Result result() {
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
        return new Result(Map.copyOf(runs), Map.copyOf(testTimes),
                new PhaseTimes(compile, startup, inTests, inRules, compile.plus(running), jvms, waits));
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
