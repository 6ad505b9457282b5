package lab.grader.scoring;

import java.util.List;
import java.util.Map;
import lab.grader.timing.PhaseTimes;
import lab.grader.timing.SubmissionTimes;

/**
 * The score of a whole submission.
 *
 * @param isolation one line per measure that fenced in the submission's code (and those not in
 *                  force, and why); empty when no code ran
 * @param timings   by assignment id: where the grading time went (absent for assignments not run)
 * @param times     where the whole run's time went; null until the command that graded says
 */
public record GradeResult(List<AssignmentResult> assignments, List<String> isolation, Map<String, PhaseTimes> timings,
                          SubmissionTimes times) {
    public GradeResult {
        assignments = List.copyOf(assignments);
        isolation = List.copyOf(isolation);
        timings = Map.copyOf(timings);
    }

    public GradeResult(List<AssignmentResult> assignments, List<String> isolation, Map<String, PhaseTimes> timings) {
        this(assignments, isolation, timings, null);
    }

    public GradeResult(List<AssignmentResult> assignments, List<String> isolation) {
        this(assignments, isolation, Map.of());
    }

    public GradeResult(List<AssignmentResult> assignments) {
        this(assignments, List.of());
    }

    /** This result, saying which isolation was in force. */
    public GradeResult withIsolation(List<String> measures) {
        return new GradeResult(assignments, measures, timings, times);
    }

    /** This result, with where the time went. */
    public GradeResult withTimings(Map<String, PhaseTimes> byAssignment) {
        return new GradeResult(assignments, isolation, byAssignment, times);
    }

    /** This result, with where the whole run's time went. */
    public GradeResult withTimes(SubmissionTimes submissionTimes) {
        return new GradeResult(assignments, isolation, timings, submissionTimes);
    }

    /** The phases of all assignments, summed. */
    public PhaseTimes totalTimes() {
        return timings.values().stream().reduce(PhaseTimes.NONE, PhaseTimes::plus);
    }

    public int score() {
        return assignments.stream().mapToInt(AssignmentResult::score).sum();
    }

    public int maxScore() {
        return assignments.stream().mapToInt(AssignmentResult::maxScore).sum();
    }
}
