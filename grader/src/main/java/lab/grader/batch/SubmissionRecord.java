package lab.grader.batch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One line of {@code results.jsonl}: the {@code grade --format json} contract ({@code score},
 * {@code max_score}, {@code assignments}) plus who handed it in and how the batch went.
 *
 * @param submission         the folder's name
 * @param student            from the roster, else the folder's name
 * @param status             whether the grader produced a grade
 * @param message            why not, when it did not; null otherwise
 * @param contentHash        SHA-256 of the submission's files and the grading settings: resume skips it when unchanged
 * @param gradedAt           ISO-8601 instant
 * @param tampered           protected files that differ from the template; null when no template was checked
 * @param assignmentsPresent the graded assignments whose folder the submission has
 */
public record SubmissionRecord(String submission, String student, RunStatus status, String message, String contentHash,
                               String gradedAt, long tookMs, List<String> tampered, List<String> assignmentsPresent,
                               int score, int maxScore, List<Assignment> assignments) {

    public SubmissionRecord {
        tampered = tampered == null ? null : List.copyOf(tampered);
        assignmentsPresent = assignmentsPresent == null ? List.of() : List.copyOf(assignmentsPresent);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    /** How grading one submission ended, for the batch (its items have their own statuses). */
    public enum RunStatus {
        @JsonProperty("graded") GRADED,
        /** The grader process failed without a grade. */
        @JsonProperty("crashed") CRASHED,
        /** The grader process ran past the batch's limit for one submission and was killed. */
        @JsonProperty("timeout") TIMEOUT,
        /** The folder holds none of the graded assignments. */
        @JsonProperty("not_a_submission") NOT_A_SUBMISSION;

        /** The spelling in results.jsonl and the reports: {@code graded}, {@code not_a_submission}, ... */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One assignment of the grade contract. */
    public record Assignment(String id, String title, int score, int maxScore, List<Item> items) {
        public Assignment {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** One rubric item of the grade contract. */
    public record Item(String id, String kind, String status, int points, int maxPoints, String description,
                       String feedback, String visibility) {
        @JsonIgnore
        public boolean passed() {
            return "passed".equals(status);
        }
    }

    /** Whether the tamper check found protected files changed. */
    @JsonIgnore
    public boolean isTampered() {
        return tampered != null && !tampered.isEmpty();
    }

    public SubmissionRecord withStudent(String newStudent) {
        return new SubmissionRecord(submission, newStudent, status, message, contentHash, gradedAt, tookMs, tampered,
                assignmentsPresent, score, maxScore, assignments);
    }
}
