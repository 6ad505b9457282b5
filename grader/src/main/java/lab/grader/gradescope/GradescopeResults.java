package lab.grader.gradescope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.grader.scoring.AssignmentResult;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.ItemResult;
import lab.grader.scoring.Status;

/**
 * Gradescope's {@code results.json}: {@code score}, {@code output}, {@code visibility},
 * {@code stdout_visibility}, {@code execution_time} and one test per rubric item with
 * {@code name}, {@code score}, {@code max_score}, {@code status}, {@code output}, {@code visibility}.
 * Gradescope applies each item's visibility itself, so feedback is written in full.
 */
public final class GradescopeResults {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeResults() {}

    record Results(int score, String output, String visibility, String stdout_visibility, long execution_time, List<Test> tests) {}

    record Test(String name, String number, int score, int max_score, String status, String output, String visibility) {}

    /**
     * @param problem why the grader could not grade, shown to the student as the submission's output; or null
     */
    public static String render(GradeResult result, String problem, Duration took) {
        List<Test> tests = new ArrayList<>();
        int assignmentNumber = 0;
        for (AssignmentResult a : result.assignments()) {
            assignmentNumber++;
            int itemNumber = 0;
            for (ItemResult i : a.items()) {
                itemNumber++;
                tests.add(new Test(a.id() + "/" + i.id() + ": " + i.description(), assignmentNumber + "." + itemNumber,
                        i.points(), i.maxPoints(), i.status() == Status.PASSED ? "passed" : "failed",
                        i.feedback(), i.visibility().yamlName()));
            }
        }
        String output = problem != null ? "The grader could not grade this submission:\n" + problem
                : "Total: " + result.score() + "/" + result.maxScore();
        try {
            return JSON.writeValueAsString(new Results(result.score(), output, "visible", "hidden",
                    Math.max(0, took.toSeconds()), tests)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
