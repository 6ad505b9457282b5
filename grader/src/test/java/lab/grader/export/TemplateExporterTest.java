package lab.grader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lab.grader.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The student repository holds what a student needs and nothing the grader keeps secret. */
class TemplateExporterTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path out;

    List<String> export(List<String> ids) throws Exception {
        return new TemplateExporter(ROOT, RubricLoader.load(ROOT.resolve("rubric.yaml"))).export(out, ids);
    }

    @Test
    void the_export_has_build_kit_points_module_workflow_and_the_chosen_assignments() throws Exception {
        assertThat(export(List.of("threads"))).containsExactly("threads");
        for (String file : List.of("pom.xml", ".gitignore", "README.md", ".mvn/maven.config", "kit/pom.xml", "points/pom.xml",
                "threads/pom.xml", "threads/README.md", "threads/src/test/resources/public-points.tsv",
                ".github/workflows/classroom.yml")) {
            assertThat(out.resolve(file)).as(file).isRegularFile();
        }
        assertThat(out.resolve("daemon")).doesNotExist();
        assertThat(Files.readString(out.resolve("pom.xml"))).contains("<module>threads</module>")
                .contains("select-jdk-toolchain").contains("[21,)").doesNotContain("${");
        assertThat(Files.readString(out.resolve("threads/src/test/resources/public-points.tsv")))
                .contains("public-tests\t1\tlab.threads.CountdownPublicTest,lab.threads.LauncherPublicTest\t");
        try (Stream<Path> kit = Files.walk(out.resolve("kit/src/main/java"))) {
            assertThat(kit.filter(p -> p.toString().endsWith(".java")).count()).isPositive();
        }
    }

    @Test
    void the_workflow_follows_github_classrooms_conventions() throws Exception {
        export(List.of("threads"));
        String workflow = Files.readString(out.resolve(".github/workflows/classroom.yml"));
        assertThat(workflow).startsWith("name: Autograding Tests")
                .contains("run-autograding-tests:")
                .contains("if: github.actor != 'github-classroom[bot]'")
                .contains("uses: actions/setup-java@v4").contains("java-version: '21'")
                .contains("${{ vars.GRADER_URL }}").contains("${{ secrets.GRADER_TOKEN }}")
                .contains("grade . --format classroom --assignment threads")
                .contains("java " + String.join(" ", lab.grader.cli.GraderJvm.OPTIONS) + " -jar")
                .contains("uses: classroom-resources/autograding-grading-reporter@v1")
                .contains("GRADING_RESULTS: \"${{ steps.grading.outputs.result }}\"").contains("runners: grading");
        // the token only reaches the download step, never the step that runs student code
        String gradeStep = workflow.substring(workflow.indexOf("- name: Grade"), workflow.indexOf("- name: Autograding Reporter"));
        assertThat(gradeStep).doesNotContain("secrets.");
    }

    @Test
    void no_hidden_test_rule_or_reference_code_is_in_the_export() throws Exception {
        export(List.of());
        Set<String> secrets = referenceOnlySources();
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(file).toString();
                if (name.endsWith(".jar") || name.endsWith(".zip")) {
                    leaks.addAll(scanArchive(file));
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (name.contains("hidden") || name.endsWith("Rules.java") || text.contains("lab.hidden")
                        || text.contains("@ArchTest") || text.contains("reference-solutions") || secrets.contains(text)) {
                    leaks.add(name);
                }
            }
        }
        assertThat(leaks).as("files of the export that give away hidden tests, rules or the reference").isEmpty();
    }

    /** Every reference source file that differs from the student's skeleton. */
    private static Set<String> referenceOnlySources() throws IOException {
        Set<String> texts = new HashSet<>();
        Path references = ROOT.resolve("reference-solutions");
        try (Stream<Path> files = Files.walk(references)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/")).toList()) {
                Path skeleton = ROOT.resolve("assignments").resolve(references.relativize(file).toString());
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (!Files.exists(skeleton) || !Files.readString(skeleton, StandardCharsets.ISO_8859_1).equals(text)) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    private static List<String> scanArchive(Path archive) throws IOException {
        List<String> leaks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().contains("lab/hidden") || entry.getName().contains("Rules")) {
                    leaks.add(archive.getFileName() + "!" + entry.getName());
                }
            }
        }
        return leaks;
    }
}
