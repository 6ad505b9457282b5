package lab.grader.scoring;

import java.util.List;

/**
 * The score of a whole submission.
 *
 * @param isolation one line per measure that fenced in the submission's code (and those not in
 *                  force, and why); empty when no code ran
 */
public record GradeResult(List<AssignmentResult> assignments, List<String> isolation) {
    public GradeResult {
        assignments = List.copyOf(assignments);
        isolation = List.copyOf(isolation);
    }

    public GradeResult(List<AssignmentResult> assignments) {
        this(assignments, List.of());
    }

    /** This result, saying which isolation was in force. */
    public GradeResult withIsolation(List<String> measures) {
        return new GradeResult(assignments, measures);
    }

    public int score() {
        return assignments.stream().mapToInt(AssignmentResult::score).sum();
    }

    public int maxScore() {
        return assignments.stream().mapToInt(AssignmentResult::maxScore).sum();
    }
}
