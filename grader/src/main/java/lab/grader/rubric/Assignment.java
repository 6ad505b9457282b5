package lab.grader.rubric;

import java.util.List;

/**
 * The rubric of one assignment.
 *
 * @param id    the assignment id: its folder name in a submission
 * @param title shown above the assignment's table
 * @param items in the order of rubric.yaml
 */
public record Assignment(String id, String title, List<Item> items) {
    public Assignment {
        items = List.copyOf(items);
    }

    /** The sum of the items' points. */
    public int maxScore() {
        return items.stream().mapToInt(Item::points).sum();
    }
}
