package lab.grader.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the three versions of every assignment in step: the folder a student gets, the reference
 * solution and the grader's copy of the public tests (compiled from the skeleton's folder).
 */
class CourseLayoutTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static List<String> assignments() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("assignments"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
                    .map(d -> d.getFileName().toString())
                    .filter(id -> hasCode(ROOT.resolve("assignments").resolve(id)))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("assignments")
    void public_tests_of_the_reference_are_byte_identical_to_the_students(String id) throws IOException {
        Path studentTests = ROOT.resolve("assignments").resolve(id).resolve("src/test/java");
        Path referenceTests = ROOT.resolve("reference-solutions").resolve(id).resolve("src/test/java");
        List<Path> studentFiles = relativeFiles(studentTests);

        assertThat(studentFiles).as("public tests of %s", id).isNotEmpty();
        assertThat(relativeFiles(referenceTests))
                .as("reference-solutions/%s/src/test/java must hold exactly the public tests of assignments/%s", id, id)
                .containsExactlyElementsOf(studentFiles);
        for (Path file : studentFiles) {
            assertThat(Files.readString(referenceTests.resolve(file)))
                    .as("reference-solutions/%s/src/test/java/%s differs from the student's copy", id, file)
                    .isEqualTo(Files.readString(studentTests.resolve(file)));
        }
    }

    @ParameterizedTest
    @MethodSource("assignments")
    void every_assignment_folder_can_be_handed_out_alone(String id) {
        Path folder = ROOT.resolve("assignments").resolve(id);
        assertThat(folder.resolve("README.md")).as("the handout of %s", id).isRegularFile();
        assertThat(folder.resolve(".mvn/maven.config"))
                .as("assignments/%s/.mvn/maven.config makes `mvn test` in the folder run the public tests", id)
                .isRegularFile();
        assertThat(ROOT.resolve("reference-solutions").resolve(id).resolve("README.md"))
                .as("the reference solution's README of %s", id)
                .isRegularFile();
    }

    @ParameterizedTest
    @MethodSource("assignments")
    void the_handouts_points_table_matches_the_rubric(String id) throws IOException {
        JsonNode items = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("rubric.yaml").toFile())
                .path("assignments").path(id).path("items");
        assertThat(items.isArray()).as("rubric.yaml has items for %s", id).isTrue();
        String handout = Files.readString(ROOT.resolve("assignments").resolve(id).resolve("README.md"));
        int total = 0;
        for (JsonNode item : items) {
            String itemId = item.path("id").asText();
            int points = item.path("points").asInt();
            total += points;
            assertThat(handout)
                    .as("assignments/%s/README.md: the points table needs the row `%s` with %d point(s), as in rubric.yaml", id, itemId, points)
                    .containsPattern("(?m)^\\| `" + java.util.regex.Pattern.quote(itemId) + "`[^|]*\\|\\s*" + points + "\\s*\\|");
        }
        assertThat(handout)
                .as("assignments/%s/README.md: the points table's total must be %d, as in rubric.yaml", id, total)
                .containsPattern("(?mi)^\\| \\*\\*total\\*\\*\\s*\\| \\*\\*" + total + "\\*\\*");
    }

    private static boolean hasCode(Path folder) {
        try (Stream<Path> files = Files.walk(folder.resolve("src/main/java"))) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("Placeholder.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> relativeFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
