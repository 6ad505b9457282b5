package lab.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceSolutionsIT {

    @Test
    void the_reference_solutions_score_exactly_full_marks() throws Exception {
        assertFullMarks("--format", "json");
    }

    @Test
    void the_reference_solutions_score_exactly_full_marks_without_the_aot_cache() throws Exception {
        assertFullMarks("--format", "json", "--no-aot-cache");
    }

    /** The most runs any item of the assignment asks for in rubric.yaml. */
    private static int maxRepeat(String assignment) throws java.io.IOException {
        JsonNode rubric = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(GraderJar.ROOT.resolve("rubric.yaml").toFile());
        int max = 1;
        for (JsonNode item : rubric.get("assignments").get(assignment).get("items")) {
            max = Math.max(max, item.path("repeat").asInt(1));
        }
        return max;
    }

    private static void assertFullMarks(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("grade", GraderJar.ROOT.resolve("reference-solutions").toString()));
        args.addAll(List.of(options));
        GraderJar.Run run = GraderJar.run(Duration.ofMinutes(10), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode report = run.json();
        List<String> lost = new ArrayList<>();
        int jvms = 0;
        for (JsonNode assignment : report.get("assignments")) {
            JsonNode timing = assignment.get("timing");
            int repeat = maxRepeat(assignment.get("id").asText());
            assertThat(timing.get("jvms").asInt())
                    .as("test JVMs started for %s: at most one per run of its tests (one run, plus one for each further "
                            + "run of its items that repeat), none for a run that took a JVM another assignment had used",
                            assignment.get("id"))
                    .isBetween(0, repeat);
            jvms += timing.get("jvms").asInt();
            assertThat(timing.get("tests_ms").asLong()).as("time in the tests of %s", assignment.get("id")).isPositive();
            for (JsonNode item : assignment.get("items")) {
                if (item.get("points").asInt() != item.get("max_points").asInt()) {
                    lost.add(assignment.get("id").asText() + "/" + item.get("id").asText() + " "
                            + item.get("status").asText() + ": " + item.get("feedback").asText());
                }
            }
        }
        assertThat(lost).as("items the reference solutions lose").isEmpty();
        if (report.get("assignments").size() > 2) {
            assertThat(jvms).as("the reference's tests leave nothing running, so test JVMs serve several assignments")
                    .isLessThan(report.get("assignments").size());
        }
        assertThat(report.get("score").asInt()).isEqualTo(report.get("max_score").asInt());
    }
}
