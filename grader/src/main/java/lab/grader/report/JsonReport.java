package lab.grader.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import lab.grader.scoring.AssignmentResult;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.ItemResult;
import lab.grader.timing.PhaseTimes;
import lab.grader.timing.SubmissionTimes;

/**
 * The JSON contract: {@code {"score", "max_score", "assignments": [{"id", "score", "max_score",
 * "items": [{"id", "kind", "status", "points", "max_points", "description", "feedback", "visibility"}]}],
 * "duration_ms"}], "timing": {"compile_ms", "startup_ms", "tests_ms", "rules_ms", "wall_ms", "jvms", "waits_ms"}}],
 * "isolation": ["one line per measure in force, then 'not in force: ...' lines"],
 * "timing": {"plan_ms", "grading_ms", "report_ms"}}. Keys are fixed;
 * new keys may be added. {@code timing} is absent for an assignment that was not run.
 */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Report(int score, int max_score, List<Assignment> assignments, List<String> isolation, RunTiming timing) {}

    record RunTiming(long plan_ms, long grading_ms, long report_ms) {
        static RunTiming of(SubmissionTimes t) {
            return t == null ? null : new RunTiming(t.plan().toMillis(), t.grading().toMillis(), t.report().toMillis());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Assignment(String id, String title, int score, int max_score, List<Item> items, Timing timing) {}

    record Item(String id, String kind, String status, int points, int max_points, String description, String feedback,
                String visibility, long duration_ms) {}

    record Timing(long compile_ms, long startup_ms, long tests_ms, long rules_ms, long wall_ms, int jvms, long waits_ms) {
        static Timing of(PhaseTimes t) {
            return t == null ? null : new Timing(t.compile().toMillis(), t.startup().toMillis(), t.tests().toMillis(),
                    t.rules().toMillis(), t.wall().toMillis(), t.jvms(), t.waits().toMillis());
        }
    }

    public static String render(GradeResult result) {
        Report report = new Report(result.score(), result.maxScore(),
                result.assignments().stream().map(a -> assignment(a, result.timings().get(a.id()))).toList(), result.isolation(),
                RunTiming.of(result.times()));
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Assignment assignment(AssignmentResult a, PhaseTimes timing) {
        return new Assignment(a.id(), a.title(), a.score(), a.maxScore(), a.items().stream().map(JsonReport::item).toList(),
                Timing.of(timing));
    }

    private static Item item(ItemResult i) {
        return new Item(i.id(), i.kind().yamlName(), i.status().reportName(), i.points(), i.maxPoints(), i.description(), i.feedback(),
                i.visibility().yamlName(), i.duration().toMillis());
    }
}
