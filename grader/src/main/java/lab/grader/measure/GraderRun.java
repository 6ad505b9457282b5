package lab.grader.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code grade --format json} of grader.jar in a JVM of its own, as a user starts it: what the
 * audit repeats and the benchmark times.
 *
 * @param wall       the grading's wall time
 * @param peakRssKib the grader JVM's peak resident memory (test JVMs not included), 0 where unknown
 * @param cpu        the CPU time of the grader JVM and of every process it started
 * @param report     the JSON report
 */
public record GraderRun(Duration wall, long peakRssKib, CpuSamples cpu, JsonNode report) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Grades {@code submission}; a grader that fails (exit code not 0) is an error of the measurement, not a
     * score.
     *
     * @param grader  the command that starts grader.jar, e.g. {@code [java, -jar, grader.jar]}
     * @param options more options of {@code grade}, e.g. {@code --assignment safety}
     */
    public static GraderRun grade(List<String> grader, Path submission, List<String> options, Duration limit)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(grader);
        command.addAll(List.of("grade", submission.toString(), "--format", "json"));
        command.addAll(options);
        JvmProcess.Result run = JvmProcess.run(command, submission, limit);
        if (run.exitCode() != 0) {
            throw new IOException("grading " + submission + " failed (exit " + run.exitCode() + "): " + run.tail());
        }
        return new GraderRun(run.wall(), run.peakRssKib(), run.cpu(), JSON.readTree(run.stdout()));
    }

    /** {@code assignment/item} of every item of {@code report} that was not passed. */
    public static List<String> lostItems(JsonNode report) {
        List<String> lost = new ArrayList<>();
        for (JsonNode assignment : report.get("assignments")) {
            for (JsonNode item : assignment.get("items")) {
                if (!"passed".equals(item.get("status").asText())) {
                    lost.add(assignment.get("id").asText() + "/" + item.get("id").asText());
                }
            }
        }
        return lost;
    }

    public int score() {
        return report.get("score").asInt();
    }

    public int maxScore() {
        return report.get("max_score").asInt();
    }
}
