package lab.grader.classroom;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;
import lab.grader.report.TextReport;
import lab.grader.scoring.GradeResult;

/**
 * {@code grade --format classroom}: the reporter's input to {@code $GITHUB_OUTPUT}, our own table
 * and messages to the log (the reporter shows failures poorly) and to {@code $GITHUB_STEP_SUMMARY}.
 */
public final class ClassroomPublisher {
    private final UnaryOperator<String> environment;

    /** @param environment reads an environment variable; null when unset */
    public ClassroomPublisher(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /**
     * Publishes {@code result}.
     *
     * @param problem why the grader could not grade, or null when it could
     */
    public void publish(GradeResult result, String problem, PrintWriter log) throws IOException {
        StringBuilder text = new StringBuilder(TextReport.render(StudentView.of(result)));
        if (problem != null) {
            text.append("\nThe grader could not grade this submission:\n").append(problem).append('\n');
        }
        log.print(WorkflowCommands.fenced(text.toString()));
        log.flush();
        append("GITHUB_OUTPUT", "result=" + ClassroomPayload.encode(result, problem != null) + "\n", log);
        append("GITHUB_STEP_SUMMARY", StepSummary.markdown(result, problem), log);
    }

    private void append(String variable, String text, PrintWriter log) throws IOException {
        String file = environment.apply(variable);
        if (file == null || file.isBlank()) {
            log.println("(" + variable + " is not set: not running in GitHub Actions, nothing written there)");
            return;
        }
        Files.writeString(Path.of(file), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
