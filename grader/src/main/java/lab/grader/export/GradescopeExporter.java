package lab.grader.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes Gradescope's autograder.zip: {@code setup.sh} (installs a JDK 21), {@code run_autograder}
 * (grades {@code /autograder/submission} into {@code /autograder/results/results.json}) and
 * {@code grader.jar}, all at the root of the archive as Gradescope requires.
 */
public final class GradescopeExporter {
    private GradescopeExporter() {}

    public static void export(Path graderJar, List<String> assignments, Path zip) throws IOException {
        String args = assignments.stream().map(id -> " --assignment " + id).collect(Collectors.joining());
        if (zip.toAbsolutePath().getParent() != null) {
            Files.createDirectories(zip.toAbsolutePath().getParent());
        }
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            put(out, "setup.sh", Templates.read("setup.sh.tmpl").getBytes(StandardCharsets.UTF_8));
            put(out, "run_autograder", Templates.fill("run_autograder.tmpl",
                    Map.of("assignment_args", args, "grader_jvm_options", String.join(" ", lab.grader.cli.GraderJvm.OPTIONS))).getBytes(StandardCharsets.UTF_8));
            put(out, "grader.jar", Files.readAllBytes(graderJar));
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
