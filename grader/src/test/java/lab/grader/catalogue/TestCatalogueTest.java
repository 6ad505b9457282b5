package lab.grader.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import lab.grader.rubric.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue finds the same tests in a jar as in a class folder, and only tests. */
class TestCatalogueTest {
    private static final List<TestCase> EXPECTED = List.of(
            new TestCase("lab.hidden.demo.DemoRules", "no_cycles", true, Kind.RULE),
            new TestCase("lab.hidden.demo.DemoTest", "counts", false, Kind.HIDDEN_TEST),
            new TestCase("lab.hidden.demo.deeper.NestedTest", "runs", false, Kind.HIDDEN_TEST),
            new TestCase("lab.demo.DemoPublicTest", "starts", false, Kind.PUBLIC_TEST));

    @TempDir
    Path work;
    Path classes;

    @BeforeEach
    void compileTheTests() throws IOException {
        Path sources = work.resolve("src");
        write(sources, "lab/hidden/demo/DemoTest.java", """
                package lab.hidden.demo;
                class DemoTest {
                    @org.junit.jupiter.api.Test void counts() {}
                    void helper() {}
                }""");
        write(sources, "lab/hidden/demo/deeper/NestedTest.java", """
                package lab.hidden.demo.deeper;
                class NestedTest { @org.junit.jupiter.api.Test void runs() {} }""");
        write(sources, "lab/hidden/demo/DemoRules.java", """
                package lab.hidden.demo;
                class DemoRules {
                    @com.tngtech.archunit.junit.ArchTest
                    static final com.tngtech.archunit.lang.ArchRule no_cycles =
                            com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("lab.(*)..").should().beFreeOfCycles();
                }""");
        write(sources, "lab/demo/DemoPublicTest.java", """
                package lab.demo;
                class DemoPublicTest { @org.junit.jupiter.api.Test void starts() {} }""");
        // a test method in a class that is neither a hidden test nor a public test: not in the catalogue
        write(sources, "lab/demo/Helper.java", """
                package lab.demo;
                class Helper { @org.junit.jupiter.api.Test void notATest() {} }""");
        classes = work.resolve("classes");
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        List<String> arguments = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")));
        arguments.addAll(files);
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new))).isZero();
    }

    @Test
    void finds_hidden_tests_rules_and_public_tests_in_a_class_folder() {
        assertThat(TestCatalogue.scan(List.of(classes)).all()).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    @Test
    void finds_the_same_in_a_jar_of_those_classes() throws IOException {
        Path jar = work.resolve("tests.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }

        assertThat(TestCatalogue.scan(List.of(jar)).all()).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
