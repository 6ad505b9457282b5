package lab.grader.scoring;

import lab.grader.rubric.Kind;
import lab.grader.rubric.Visibility;

/**
 * The score of one rubric item.
 *
 * @param feedback   empty when passed
 * @param visibility who sees this result, and when (from the rubric)
 */
public record ItemResult(String id, Kind kind, String description, Status status, int points, int maxPoints, String feedback,
                         Visibility visibility) {

    /** A visible item's result. */
    public ItemResult(String id, Kind kind, String description, Status status, int points, int maxPoints, String feedback) {
        this(id, kind, description, status, points, maxPoints, feedback, Visibility.VISIBLE);
    }
}
