package lab.grader.plan;

import java.util.List;
import java.util.Optional;
import lab.grader.rubric.Rubric;

/**
 * A rubric checked against the tests that exist: what to run and how to score it.
 *
 * @param rubric      the validated rubric
 * @param assignments in rubric order
 */
public record GradingPlan(Rubric rubric, List<PlannedAssignment> assignments) {
    public GradingPlan {
        assignments = List.copyOf(assignments);
    }

    /** The plan restricted to these assignment ids (all when {@code ids} is empty). */
    public GradingPlan only(List<String> ids) {
        return ids.isEmpty() ? this
                : new GradingPlan(rubric, assignments.stream().filter(a -> ids.contains(a.id())).toList());
    }

    public Optional<PlannedAssignment> assignment(String id) {
        return assignments.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
