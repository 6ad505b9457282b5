package lab.grader.rubric;

import java.time.Duration;
import java.util.List;

/**
 * The rubric of one assignment.
 *
 * @param id    the assignment id: its folder name in a submission
 * @param title shown above the assignment's table
 * @param items in the order of rubric.yaml
 * @param expectedDuration roughly how long its tests take (zero: short): the grader starts the longest
 *                         first, so that they do not finish last, alone
 */
public record Assignment(String id, String title, List<Item> items, Duration expectedDuration) {
    public Assignment {
        items = List.copyOf(items);
    }

    public Assignment(String id, String title, List<Item> items) {
        this(id, title, items, Duration.ZERO);
    }

    /** The sum of the items' points. */
    public int maxScore() {
        return items.stream().mapToInt(Item::points).sum();
    }
}
