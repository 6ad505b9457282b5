package lab.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lab.grader.export.GradescopeExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export-gradescope}: the autograder.zip to upload to a Gradescope programming assignment. */
@Command(name = "export-gradescope", mixinStandardHelpOptions = true,
        description = "Writes autograder.zip for Gradescope: setup.sh (JDK 21), run_autograder and this grader.jar.")
final class ExportGradescopeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "ZIP", description = "the zip to write, e.g. autograder.zip")
    Path out;

    @Option(names = "--assignment", paramLabel = "ID", description = "grade only this assignment (repeatable; default: all)")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--grader-jar", paramLabel = "JAR", description = "the grader to ship (default: the one running)")
    Path graderJar;

    @Override
    public Integer call() throws Exception {
        Path jar = graderJar != null ? graderJar : GraderEnvironment.codeSource();
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
            spec.commandLine().getErr().println(jar + " is not a grader jar: run this command with java -jar grader.jar, or pass --grader-jar");
            return ExitCode.BAD_INPUT;
        }
        GradescopeExporter.export(jar, assignments, out);
        spec.commandLine().getOut().println("wrote " + out + ": upload it as the Gradescope assignment's autograder (Ubuntu base image)");
        return ExitCode.GRADED;
    }
}
