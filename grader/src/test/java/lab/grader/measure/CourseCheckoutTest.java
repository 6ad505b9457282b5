package lab.grader.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class CourseCheckoutTest {
    @TempDir
    Path dir;

    @Command(name = "measure")
    static final class Measuring {
        @Mixin
        CourseCheckout checkout;
    }

    private CourseCheckout parse(String... args) {
        Measuring command = new Measuring();
        new CommandLine(command).parseArgs(args);
        return command.checkout;
    }

    @Test
    void a_grader_run_from_class_folders_is_told_to_run_from_grader_jar() throws Exception {
        Files.createDirectories(dir.resolve("classes"));
        StringWriter err = new StringWriter();

        var jar = parse("--course", dir.toString()).graderJar(List.of(dir.resolve("classes")), "audit", new PrintWriter(err, true));

        assertThat(jar).isEmpty();
        assertThat(err.toString()).contains("run audit from grader.jar", "./lab audit");
    }

    @Test
    void a_course_without_a_needed_folder_is_named_with_the_folder() throws Exception {
        Path jar = Files.createFile(dir.resolve("grader.jar"));
        Files.createDirectories(dir.resolve("course/reference-solutions"));
        StringWriter err = new StringWriter();

        var found = parse("--course", dir.resolve("course").toString())
                .graderJar(List.of(jar), "audit", new PrintWriter(err, true), "reference-solutions", "assignments");

        assertThat(found).isEmpty();
        assertThat(err.toString()).contains("has no assignments folder", "--course DIR");
    }

    @Test
    void a_complete_checkout_gives_grader_jar_and_the_figures_go_to_the_json_file() throws Exception {
        Path jar = Files.createFile(dir.resolve("grader.jar"));
        Files.createDirectories(dir.resolve("reference-solutions"));
        Path json = dir.resolve("figures.json");
        CourseCheckout checkout = parse("--course", dir.toString(), "--json", json.toString());
        StringWriter out = new StringWriter();

        assertThat(checkout.graderJar(List.of(jar), "benchmark", new PrintWriter(new StringWriter()), "reference-solutions"))
                .contains(jar);
        checkout.writeJson(java.util.Map.of("wall_s", 1.5), new PrintWriter(out, true));

        assertThat(Files.readString(json)).contains("\"wall_s\" : 1.5");
        assertThat(out.toString()).contains("figures written to " + json);
    }
}
