package lab.grader.scoring;

import java.time.Duration;
import lab.grader.rubric.Kind;
import lab.grader.rubric.Visibility;

/**
 * The score of one rubric item.
 *
 * @param feedback   empty when passed
 * @param visibility who sees this result, and when (from the rubric)
 * @param duration   how long its tests ran in the test JVM, together
 */
public record ItemResult(String id, Kind kind, String description, Status status, int points, int maxPoints, String feedback,
                         Visibility visibility, Duration duration) {

    public ItemResult(String id, Kind kind, String description, Status status, int points, int maxPoints, String feedback,
                      Visibility visibility) {
        this(id, kind, description, status, points, maxPoints, feedback, visibility, Duration.ZERO);
    }

    /** A visible item's result. */
    public ItemResult(String id, Kind kind, String description, Status status, int points, int maxPoints, String feedback) {
        this(id, kind, description, status, points, maxPoints, feedback, Visibility.VISIBLE);
    }
}
