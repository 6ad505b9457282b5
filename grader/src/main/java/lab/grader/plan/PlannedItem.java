package lab.grader.plan;

import java.util.List;
import lab.grader.catalogue.TestCase;
import lab.grader.rubric.Item;

/**
 * A rubric item with the tests its selectors resolved to.
 *
 * @param item  as written in the rubric
 * @param tests at least one, each scored by this item only
 */
public record PlannedItem(Item item, List<TestCase> tests) {
    public PlannedItem {
        tests = List.copyOf(tests);
    }
}
