package lab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lab.grader.catalogue.TestCase;
import lab.grader.catalogue.TestCatalogue;
import lab.grader.rubric.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {
    static final GraderEnvironment ENVIRONMENT = new GraderEnvironment(List.of(),
            () -> new TestCatalogue(List.of(new TestCase("lab.hidden.threads.LauncherTest", "runs", false, Kind.HIDDEN_TEST))),
            Path.of("java"), Optional.empty());

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GraderMain.run(ENVIRONMENT, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    Path rubric(String points) throws Exception {
        return Files.writeString(dir.resolve("rubric.yaml"), """
                assignments:
                  threads:
                    title: T
                    items:
                      - id: runs
                        kind: hidden-test
                        tests: [lab.hidden.threads.LauncherTest#runs]
                        points: %s
                        description: d
                """.formatted(points));
    }

    @Test
    void a_missing_directory_is_bad_input() throws Exception {
        Result r = run("grade", dir.resolve("nope").toString(), "--rubric", rubric("1").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("nope is not a directory");
    }

    @Test
    void a_directory_without_assignment_folders_is_not_a_submission() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Result r = run("grade", empty.toString(), "--rubric", rubric("1").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("is not a submission").contains("threads/src/main/java");
    }

    @Test
    void an_invalid_rubric_is_bad_input_and_names_file_line_and_field() throws Exception {
        Result r = run("grade", dir.toString(), "--rubric", rubric("0").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("rubric.yaml:8: assignments.threads.items[0].points: must be a positive whole number, was 0");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void an_unknown_assignment_is_bad_input() throws Exception {
        Result r = run("grade", dir.toString(), "--rubric", rubric("1").toString(), "--assignment", "nope");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("unknown assignment 'nope'");
    }

    @Test
    void a_java_runtime_without_compiler_is_bad_input() throws Exception {
        Files.createDirectories(dir.resolve("threads/src/main/java"));
        Result r = run("grade", dir.toString(), "--rubric", rubric("1").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("needs a JDK");
    }

    @Test
    void check_rubric_accepts_a_valid_rubric() throws Exception {
        Result r = run("check-rubric", "--rubric", rubric("2").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.GRADED);
        assertThat(r.out()).contains("1 assignments, 1 items, 2 points");
    }

    @Test
    void help_lists_the_exit_codes() {
        Result r = run("--help");
        assertThat(r.out()).contains("Exit codes:").contains("bad input");
    }
}
