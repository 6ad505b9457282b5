package lab.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lab.grader.export.TemplateExporter;
import lab.grader.rubric.InvalidRubricException;
import lab.grader.rubric.Rubric;
import lab.grader.rubric.RubricError;
import lab.grader.rubric.RubricLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export-template}: the repository students start from (GitHub Classroom's template). */
@Command(name = "export-template", mixinStandardHelpOptions = true,
        description = "Writes a standalone student repository: kit, skeletons, public tests, READMEs, build, Classroom workflow.")
final class ExportTemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write it (must not exist or be empty)")
    Path out;

    @Option(names = "--assignment", paramLabel = "ID", description = "export only this assignment (repeatable; default: all)")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--course", paramLabel = "DIR", defaultValue = ".", description = "the course repository (default: the current directory)")
    Path course;

    @Option(names = "--rubric", paramLabel = "FILE", description = "the rubric (default: the course's rubric.yaml)")
    Path rubricFile;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(course.resolve("assignments")) || !Files.isRegularFile(course.resolve("pom.xml"))) {
            err.println(course.toAbsolutePath() + " is not the course repository (no pom.xml and assignments/): pass --course DIR");
            return ExitCode.BAD_INPUT;
        }
        if (Files.isDirectory(out)) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    err.println(out + " is not empty: export into a new directory");
                    return ExitCode.BAD_INPUT;
                }
            }
        }
        Rubric rubric;
        try {
            Path file = rubricFile != null ? rubricFile : course.resolve("rubric.yaml");
            rubric = Files.isRegularFile(file) ? RubricLoader.load(file) : RubricLoader.loadEmbedded();
        } catch (InvalidRubricException e) {
            err.println("The rubric is not valid; nothing was exported:");
            e.errors().stream().map(RubricError::toString).forEach(err::println);
            return ExitCode.BAD_INPUT;
        }
        for (String id : assignments) {
            if (rubric.assignment(id).isEmpty() || !Files.isDirectory(course.resolve("assignments").resolve(id))) {
                err.println("unknown assignment '" + id + "': it needs a rubric section and a folder assignments/" + id);
                return ExitCode.BAD_INPUT;
            }
        }
        List<String> exported = new TemplateExporter(course, rubric).export(out, assignments);
        spec.commandLine().getOut().println("exported " + String.join(", ", exported) + " to " + out
                + ": push it as the assignment's template repository; set GRADER_URL (and GRADER_TOKEN) as its README says");
        return ExitCode.GRADED;
    }
}
