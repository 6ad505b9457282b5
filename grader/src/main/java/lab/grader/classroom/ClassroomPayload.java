package lab.grader.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.grader.scoring.AssignmentResult;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.ItemResult;
import lab.grader.scoring.Status;

/**
 * The input of {@code classroom-resources/autograding-grading-reporter@v1}: a runner's
 * {@code result} output, base64 of {@code {"version", "status", "max_score", "tests": [{"name",
 * "status", "score", "message", "line_no", "duration"}]}}. The reporter sums the tests' scores
 * and compares them with {@code max_score}; {@code status} {@code fail} or {@code error} marks the
 * step failed. One entry per rubric item, always, with whole-number scores: their sum is the total.
 */
public final class ClassroomPayload {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FILE_AND_LINE = Pattern.compile("\\([A-Za-z0-9_$]+\\.java:(\\d+)\\)");

    private ClassroomPayload() {}

    record Payload(int version, String status, int max_score, List<Test> tests) {}

    record Test(String name, String status, int score, String message, int line_no, int duration) {}

    /**
     * The payload for a grade, seen as a student may see it now.
     *
     * @param graderFailed the grader itself could not grade (status {@code error})
     */
    static Payload of(GradeResult result, boolean graderFailed) {
        GradeResult view = StudentView.of(result);
        List<Test> tests = new ArrayList<>();
        for (AssignmentResult a : view.assignments()) {
            for (ItemResult i : a.items()) {
                tests.add(new Test(a.id() + "/" + i.id() + ": " + i.description(), status(i.status()), i.points(),
                        WorkflowCommands.neutralise(i.feedback()), lineOf(i.feedback()), (int) Math.min(Integer.MAX_VALUE, i.duration().toMillis())));
            }
        }
        String status = graderFailed ? "error" : view.score() == view.maxScore() ? "pass" : "fail";
        return new Payload(VERSION, status, view.maxScore(), tests);
    }

    /** The {@code result} value: base64 of the payload's JSON. */
    public static String encode(GradeResult result, boolean graderFailed) {
        try {
            byte[] json = JSON.writeValueAsBytes(of(result, graderFailed));
            return Base64.getEncoder().encodeToString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes what {@link #encode} wrote; for tests and checks. */
    static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static String status(Status status) {
        return switch (status) {
            case PASSED -> "pass";
            case FAILED -> "fail";
            case ERROR, TIMEOUT, NOT_COMPILED -> "error";
        };
    }

    /** The line of the first {@code (File.java:12)} in the feedback: the student's code; 0 when none. */
    private static int lineOf(String feedback) {
        Matcher m = FILE_AND_LINE.matcher(feedback);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
