package lab.grader.scoring;

import lab.grader.rubric.Kind;

/**
 * The score of one rubric item.
 *
 * @param feedback empty when passed
 */
public record ItemResult(String id, Kind kind, String description, Status status, int points, int maxPoints, String feedback) {}
