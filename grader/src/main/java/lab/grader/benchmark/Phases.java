package lab.grader.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The per-assignment, per-phase times of one JSON report, as a table. */
record Phases(List<Row> rows, long planMs, long gradingMs, long reportMs) {
    static final List<String> COLUMNS = List.of("compile_ms", "startup_ms", "tests_ms", "rules_ms", "wall_ms", "waits_ms");

    record Row(String assignment, long[] millis) {
    }

    static Phases of(JsonNode report) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode assignment : report.get("assignments")) {
            JsonNode timing = assignment.path("timing");
            rows.add(new Row(assignment.get("id").asText(), COLUMNS.stream().mapToLong(c -> timing.path(c).asLong()).toArray()));
        }
        JsonNode run = report.path("timing");
        return new Phases(rows, run.path("plan_ms").asLong(), run.path("grading_ms").asLong(), run.path("report_ms").asLong());
    }

    /** The sum of every test's waits, in seconds. */
    double floorSeconds() {
        return total()[COLUMNS.indexOf("waits_ms")] / 1000.0;
    }

    private long[] total() {
        long[] sum = new long[COLUMNS.size()];
        rows.forEach(row -> {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += row.millis()[i];
            }
        });
        return sum;
    }

    void print(PrintWriter out) {
        out.printf("per assignment, seconds  %8s %8s %8s %8s %8s %8s%n", "compile", "start-up", "tests", "rules", "wall", "waits");
        rows.forEach(row -> line(out, row.assignment(), row.millis()));
        line(out, "sum", total());
        out.printf("whole run: plan %.1f s, grading %.1f s (assignments overlap), report %.2f s%n", planMs / 1000.0,
                gradingMs / 1000.0, reportMs / 1000.0);
        out.println("  start-up: test JVM start and test discovery; rules: ArchUnit, class import included;");
        out.println("  waits: time a test JVM sat waiting (sleeps, timeouts, child processes) - what a faster machine could not cut");
    }

    private static void line(PrintWriter out, String name, long[] millis) {
        out.printf("  %-22s", name);
        for (long ms : millis) {
            out.printf(" %8.1f", ms / 1000.0);
        }
        out.println();
    }

    Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        rows.forEach(row -> {
            Map<String, Long> byColumn = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                byColumn.put(COLUMNS.get(i), row.millis()[i]);
            }
            figures.put(row.assignment(), byColumn);
        });
        figures.put("plan_ms", planMs);
        figures.put("grading_ms", gradingMs);
        figures.put("report_ms", reportMs);
        return figures;
    }
}
