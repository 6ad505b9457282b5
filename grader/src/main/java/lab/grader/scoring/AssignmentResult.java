package lab.grader.scoring;

import java.util.List;

/** The score of one assignment: its items in rubric order. */
public record AssignmentResult(String id, String title, List<ItemResult> items) {
    public AssignmentResult {
        items = List.copyOf(items);
    }

    public int score() {
        return items.stream().mapToInt(ItemResult::points).sum();
    }

    public int maxScore() {
        return items.stream().mapToInt(ItemResult::maxPoints).sum();
    }
}
