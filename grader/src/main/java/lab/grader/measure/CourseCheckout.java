package lab.grader.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * What the instructor's measuring commands ({@code audit}, {@code benchmark}) share, as a picocli mixin:
 * they run from grader.jar (they start it again, once per grading) on a course checkout, and can write
 * their figures as JSON.
 */
public final class CourseCheckout {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--course", paramLabel = "DIR", defaultValue = ".", description = "the course checkout (default: ${DEFAULT-VALUE})")
    Path course;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures here, as JSON")
    Path jsonFile;

    public Path course() {
        return course;
    }

    /**
     * Checks that the command runs from grader.jar on a checkout holding {@code folders}.
     *
     * @param command the command's name, for the message
     * @return grader.jar, or empty after telling {@code err} what to do instead
     */
    public Optional<Path> graderJar(List<Path> graderClassPath, String command, PrintWriter err, String... folders) {
        if (graderClassPath.size() != 1 || !Files.isRegularFile(graderClassPath.getFirst())) {
            err.println("run " + command + " from grader.jar (./lab " + command + ", or java -jar grader/target/grader.jar "
                    + command + ")");
            return Optional.empty();
        }
        for (String folder : folders) {
            if (!Files.isDirectory(course.resolve(folder))) {
                err.println(course.toAbsolutePath() + " has no " + folder + " folder: pass the course checkout with --course DIR");
                return Optional.empty();
            }
        }
        return Optional.of(graderClassPath.getFirst());
    }

    /** Writes {@code figures} to the {@code --json} file, if one was given, and says so on {@code out}. */
    public void writeJson(Object figures, PrintWriter out) throws IOException {
        if (jsonFile != null) {
            JSON.writeValue(jsonFile.toFile(), figures);
            out.println("\nfigures written to " + jsonFile);
        }
    }
}
