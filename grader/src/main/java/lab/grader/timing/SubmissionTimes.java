package lab.grader.timing;

import java.time.Duration;

/**
 * Where a whole grading run's time went, outside the assignments' own {@link PhaseTimes}.
 *
 * @param plan    reading the rubric and finding the tests it names
 * @param grading compiling and testing every assignment (they overlap), until the last test JVM ended
 * @param report  writing the report (scoring is part of grading)
 */
public record SubmissionTimes(Duration plan, Duration grading, Duration report) {
}
