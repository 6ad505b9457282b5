package lab.grader.rubric;

import java.time.Duration;

/**
 * Limits that apply to every assignment.
 *
 * @param testTimeout       per test; a test still running then is stopped and reported as timeout
 * @param submissionTimeout wall clock for a whole submission; what has not run by then times out
 */
public record Defaults(Duration testTimeout, Duration submissionTimeout) {
    /** The limits used when rubric.yaml names none. */
    public static final Defaults STANDARD = new Defaults(Duration.ofSeconds(10), Duration.ofSeconds(300));
}
