package lab.grader.plan;

import java.util.List;
import lab.grader.catalogue.TestCase;
import lab.grader.rubric.Assignment;

/**
 * An assignment with every item resolved to tests.
 *
 * @param assignment as written in the rubric
 * @param items      in rubric order
 */
public record PlannedAssignment(Assignment assignment, List<PlannedItem> items) {
    public PlannedAssignment {
        items = List.copyOf(items);
    }

    public String id() {
        return assignment.id();
    }

    /** Every test to run for this assignment, in item order, each once. */
    public List<TestCase> tests() {
        return items.stream().flatMap(i -> i.tests().stream()).distinct().toList();
    }
}
