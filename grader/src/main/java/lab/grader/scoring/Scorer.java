package lab.grader.scoring;

import java.time.Duration;
import java.util.ArrayList;
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
        List<AssignmentResult> results = new ArrayList<>();
        for (PlannedAssignment assignment : plan.assignments()) {
            List<ItemResult> items = assignment.items().stream().map(item -> score(item, outcomes, testTimes)).toList();
            results.add(new AssignmentResult(assignment.id(), assignment.assignment().title(), items));
        }
        return new GradeResult(results);
    }

    static ItemResult score(PlannedItem planned, Map<String, Outcome> outcomes) {
        return score(planned, outcomes, Map.of());
    }

    static ItemResult score(PlannedItem planned, Map<String, Outcome> outcomes, Map<String, Duration> testTimes) {
        Duration duration = planned.tests().stream().map(t -> testTimes.getOrDefault(t.key(), Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        Status status = Status.PASSED;
        Set<String> messages = new LinkedHashSet<>();
        for (TestCase test : planned.tests()) {
            Outcome outcome = outcomes.getOrDefault(test.key(),
                    new Outcome.DidNotRun("the grader has no result for " + test.member() + ": please report this to your instructor"));
            status = status.worst(outcome.status());
            if (outcome.status() != Status.PASSED) {
                messages.add(Feedback.of(outcome, planned.item().kind()));
            }
        }
        boolean passed = status == Status.PASSED;
        var item = planned.item();
        return new ItemResult(item.id(), item.kind(), item.description(), status,
                passed ? item.points() : 0, item.points(), Feedback.cap(String.join("\n", messages)), item.visibility(), duration);
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
