package lab.grader.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.measure.GraderRun;

/** Grades one submission several times, each in a grader JVM of its own, and counts each item's passes. */
final class Stability {
    private static final Duration GRADE_LIMIT = Duration.ofMinutes(15);

    /**
     * @param runs      gradings done
     * @param fullMarks of those, how many scored full marks
     * @param items     by {@code assignment/item}: how many runs it passed, and the first failure's feedback
     * @param walls     each grading's wall time
     */
    record Result(int runs, int fullMarks, Map<String, ItemTally> items, List<Duration> walls) {
        List<String> unstable() {
            return items.entrySet().stream().filter(e -> e.getValue().passed() < runs).map(Map.Entry::getKey).toList();
        }
    }

    /** One item over all runs. */
    record ItemTally(int passed, String firstFailure) {
    }

    private Stability() {}

    /** Grades {@code submission} {@code runs} times with {@code gradeOptions}; prints a line per run. */
    static Result measure(List<String> graderCommand, Path submission, List<String> gradeOptions, int runs, PrintWriter out)
            throws IOException, InterruptedException {
        List<JsonNode> reports = new ArrayList<>();
        List<Duration> walls = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            GraderRun graded = grade(graderCommand, submission, gradeOptions);
            walls.add(graded.wall());
            JsonNode report = graded.report();
            reports.add(report);
            List<String> lost = GraderRun.lostItems(report);
            out.printf("  run %d/%d: %d/%d in %.1f s%s%n", run, runs, report.get("score").asInt(), report.get("max_score").asInt(),
                    walls.getLast().toMillis() / 1000.0, lost.isEmpty() ? "" : "  lost: " + String.join(", ", lost));
            out.flush();
        }
        return tally(reports, walls);
    }

    /** Each item's passes over the {@code reports} of one submission's gradings (JSON, as `grade` writes them). */
    static Result tally(List<JsonNode> reports, List<Duration> walls) {
        Map<String, int[]> passes = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        int fullMarks = 0;
        for (int run = 1; run <= reports.size(); run++) {
            JsonNode report = reports.get(run - 1);
            fullMarks += report.get("score").asInt() == report.get("max_score").asInt() ? 1 : 0;
            for (JsonNode assignment : report.get("assignments")) {
                for (JsonNode item : assignment.get("items")) {
                    String key = assignment.get("id").asText() + "/" + item.get("id").asText();
                    int[] count = passes.computeIfAbsent(key, k -> new int[1]);
                    if ("passed".equals(item.get("status").asText())) {
                        count[0]++;
                    } else {
                        failures.putIfAbsent(key, "run " + run + ": " + item.get("status").asText() + ": " + item.get("feedback").asText());
                    }
                }
            }
        }
        Map<String, ItemTally> items = new LinkedHashMap<>();
        passes.forEach((key, count) -> items.put(key, new ItemTally(count[0], failures.get(key))));
        return new Result(reports.size(), fullMarks, items, walls);
    }

    /** One grading; a grader that fails is an audit error, not an unstable item. */
    static GraderRun grade(List<String> graderCommand, Path submission, List<String> gradeOptions)
            throws IOException, InterruptedException {
        return GraderRun.grade(graderCommand, submission, gradeOptions, GRADE_LIMIT);
    }
}
