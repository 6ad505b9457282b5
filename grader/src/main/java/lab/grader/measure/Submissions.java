package lab.grader.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import lab.grader.plan.GradingPlan;
import lab.grader.plan.PlannedAssignment;

/** The submissions the benchmark grades: copies of the reference solutions' sources. */
public final class Submissions {
    private Submissions() {}

    /** {@code <id>/src/main/java} of every assignment's reference, as a student would hand it in. */
    public static Path copyOfReference(Path course, GradingPlan plan, Path target) throws IOException {
        for (PlannedAssignment assignment : plan.assignments()) {
            Path sources = course.resolve("reference-solutions").resolve(assignment.id()).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                throw new IOException(sources + " is missing: the benchmark grades the reference solutions");
            }
            copy(sources, target.resolve(assignment.id()).resolve("src/main/java"));
        }
        return target;
    }

    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
