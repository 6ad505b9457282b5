package lab.grader.scoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lab.grader.catalogue.TestCase;
import lab.grader.plan.GradingPlan;
import lab.grader.plan.PlannedAssignment;
import lab.grader.plan.PlannedItem;

/**
 * Turns test outcomes into points, through the rubric; no I/O. An item earns its points when every
 * one of its tests passed; its status is the worst of its tests'.
 */
public final class Scorer {
    private Scorer() {}

    /**
     * Scores every assignment of {@code plan}.
     *
     * @param outcomes by test key ({@code Class#member}); a test without an outcome counts as not run
     */
    public static GradeResult score(GradingPlan plan, Map<String, Outcome> outcomes) {
        return score(plan, outcomes, Map.of());
    }

    /**
     * Scores every assignment of {@code plan}; each item's duration is the sum of its tests' {@code testTimes}.
     */
    public static GradeResult score(GradingPlan plan, Map<String, Outcome> outcomes, Map<String, Duration> testTimes) {
        Map<String, List<Outcome>> runs = new HashMap<>();
        outcomes.forEach((key, outcome) -> runs.put(key, List.of(outcome)));
        return scoreRuns(plan, runs, testTimes);
    }

    /**
     * Scores every assignment of {@code plan} from each test's outcome in each of its runs (one run
     * unless its item {@code repeat}s).
     *
     * @param runs by test key: its outcomes, first run first; a test without one counts as not run
     */
    public static GradeResult scoreRuns(GradingPlan plan, Map<String, List<Outcome>> runs, Map<String, Duration> testTimes) {
        List<AssignmentResult> results = new ArrayList<>();
        for (PlannedAssignment assignment : plan.assignments()) {
            List<ItemResult> items = assignment.items().stream().map(item -> score(item, runs, testTimes)).toList();
            results.add(new AssignmentResult(assignment.id(), assignment.assignment().title(), items));
        }
        return new GradeResult(results);
    }

    static ItemResult score(PlannedItem planned, Map<String, Outcome> outcomes) {
        Map<String, List<Outcome>> runs = new HashMap<>();
        outcomes.forEach((key, outcome) -> runs.put(key, List.of(outcome)));
        return score(planned, runs, Map.of());
    }

    /**
     * An item passes a run when every one of its tests passed in that run, and earns its points when it
     * passed {@code runsNeeded} of its runs. Its status is the worst of its tests' in the runs it failed;
     * its feedback is that of the first run it failed (runs skipped because the item could no longer pass
     * count as failed and say nothing).
     */
    static ItemResult score(PlannedItem planned, Map<String, List<Outcome>> runs, Map<String, Duration> testTimes) {
        var item = planned.item();
        Duration duration = planned.tests().stream().map(t -> testTimes.getOrDefault(t.key(), Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        Status worst = Status.PASSED;
        Set<String> messages = new LinkedHashSet<>();
        int passedRuns = 0;
        int ran = 0;
        for (int run = 0; run < item.repeat(); run++) {
            Status status = Status.PASSED;
            Set<String> runMessages = new LinkedHashSet<>();
            boolean skipped = run > 0;
            for (TestCase test : planned.tests()) {
                List<Outcome> outcomes = runs.getOrDefault(test.key(), List.of());
                if (run < outcomes.size()) {
                    skipped = false;
                }
                Outcome outcome = run < outcomes.size() ? outcomes.get(run) : new Outcome.DidNotRun(
                        "the grader has no result for " + test.member() + ": please report this to your instructor");
                status = status.worst(outcome.status());
                if (outcome.status() != Status.PASSED) {
                    runMessages.add(Feedback.of(outcome, item.kind()));
                }
            }
            ran += skipped ? 0 : 1;
            if (status == Status.PASSED) {
                passedRuns++;
            } else if (!skipped) {
                worst = worst.worst(status);
                if (messages.isEmpty()) {
                    messages.addAll(runMessages);
                }
            }
        }
        boolean passed = passedRuns >= item.runsNeeded();
        String feedback = String.join("\n", messages);
        String share = item.repeat() > 1 && passedRuns < item.repeat()
                ? Feedback.repeatedRuns(passedRuns, ran, item.repeat(), item.runsNeeded()) : "";
        if (!share.isEmpty()) {
            feedback = share + (feedback.isEmpty() ? "" : "\n" + feedback);
        }
        Status status = passed ? Status.PASSED : worst == Status.PASSED ? Status.ERROR : worst;
        return new ItemResult(item.id(), item.kind(), item.description(), status,
                passed ? item.points() : 0, item.points(), Feedback.cap(feedback), item.visibility(), duration);
    }

    /**
     * Every item of {@code plan} at 0 points with {@code reason} as its feedback: what a report
     * holds when the grader could not grade. Empty when not even the plan is known.
     */
    public static GradeResult unscored(GradingPlan plan, String reason) {
        if (plan == null) {
            return new GradeResult(List.of());
        }
        Map<String, Outcome> outcomes = new java.util.HashMap<>();
        plan.assignments().forEach(a -> a.tests().forEach(t -> outcomes.put(t.key(), new Outcome.DidNotRun(reason))));
        return score(plan, outcomes);
    }
}
