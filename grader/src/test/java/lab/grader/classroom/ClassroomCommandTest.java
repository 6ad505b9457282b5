package lab.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import lab.grader.catalogue.TestCase;
import lab.grader.catalogue.TestCatalogue;
import lab.grader.cli.ExitCode;
import lab.grader.cli.GraderEnvironment;
import lab.grader.cli.GraderMain;
import lab.grader.rubric.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats CI and Gradescope read are written even when nothing could be graded. */
class ClassroomCommandTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    Run run(Map<String, String> variables, String... args) throws Exception {
        Files.writeString(dir.resolve("rubric.yaml"), """
                assignments:
                  threads:
                    title: T
                    items:
                      - id: runs
                        kind: hidden-test
                        tests: [lab.hidden.threads.LauncherTest#runs]
                        points: 2
                        description: d
                      - id: joins
                        kind: hidden-test
                        tests: [lab.hidden.threads.LauncherTest#joins]
                        points: 3
                        description: e
                        visibility: hidden
                """);
        GraderEnvironment environment = new GraderEnvironment(List.of(), () -> new TestCatalogue(List.of(
                new TestCase("lab.hidden.threads.LauncherTest", "runs", false, Kind.HIDDEN_TEST),
                new TestCase("lab.hidden.threads.LauncherTest", "joins", false, Kind.HIDDEN_TEST))),
                Path.of("java"), Optional.empty()).withVariables(variables::get);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--rubric", dir.resolve("rubric.yaml").toString()));
        int code = GraderMain.run(environment, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void classroom_writes_every_item_at_zero_to_github_output_when_the_submission_is_missing() throws Exception {
        Path output = dir.resolve("github_output");
        Path summary = dir.resolve("summary.md");
        Run r = run(Map.of("GITHUB_OUTPUT", output.toString(), "GITHUB_STEP_SUMMARY", summary.toString()),
                "grade", dir.resolve("nope").toString(), "--format", "classroom");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        String line = Files.readString(output).strip();
        assertThat(line).startsWith("result=");
        JsonNode json = new ObjectMapper().readTree(ClassroomPayload.decode(line.substring("result=".length())));
        assertThat(json.get("status").asText()).isEqualTo("error");
        assertThat(json.get("max_score").asInt()).isEqualTo(5);
        assertThat(json.get("tests")).hasSize(2);
        assertThat(json.get("tests").get(0).get("score").asInt()).isZero();
        assertThat(json.get("tests").get(0).get("message").asText()).contains("nope is not a directory");
        assertThat(Files.readString(summary)).contains("Autograding: 0/5").contains("could not grade");
        assertThat(r.out()).startsWith("::stop-commands::").contains("Total: 0/5").contains("nope is not a directory");
    }

    @Test
    void gradescope_results_are_written_even_when_the_submission_is_missing() throws Exception {
        Path results = dir.resolve("results/results.json");
        Run r = run(Map.of(), "grade", dir.resolve("nope").toString(), "--format", "gradescope", "--output", results.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertThat(json.get("score").asInt()).isZero();
        assertThat(json.get("output").asText()).contains("nope is not a directory");
        assertThat(json.get("stdout_visibility").asText()).isEqualTo("hidden");
        assertThat(json.has("execution_time") && json.has("visibility")).isTrue();
        assertThat(json.get("tests")).hasSize(2);
        JsonNode hidden = json.get("tests").get(1);
        assertThat(hidden.get("max_score").asInt()).isEqualTo(3);
        assertThat(hidden.get("status").asText()).isEqualTo("failed");
        assertThat(hidden.get("visibility").asText()).isEqualTo("hidden");
    }

    @Test
    void junit_xml_parses_and_has_a_testcase_per_item() throws Exception {
        Path xml = dir.resolve("grade.xml");
        run(Map.of(), "grade", dir.resolve("nope").toString(), "--format", "junit", "--output", xml.toString());
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo(3); // two items and the grader's own
        assertThat(document.getElementsByTagName("error").getLength()).isEqualTo(3);
    }

    @Test
    void text_and_json_still_report_bad_input_without_a_report() throws Exception {
        Run r = run(Map.of(), "grade", dir.resolve("nope").toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).isEmpty();
    }
}
