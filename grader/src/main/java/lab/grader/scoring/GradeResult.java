package lab.grader.scoring;

import java.util.List;

/** The score of a whole submission. */
public record GradeResult(List<AssignmentResult> assignments) {
    public GradeResult {
        assignments = List.copyOf(assignments);
    }

    public int score() {
        return assignments.stream().mapToInt(AssignmentResult::score).sum();
    }

    public int maxScore() {
        return assignments.stream().mapToInt(AssignmentResult::maxScore).sum();
    }
}
