package lab.grader.catalogue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import lab.grader.rubric.Kind;
import lab.grader.rubric.Selector;

/**
 * What tests and rules exist, read from class files WITHOUT loading the classes: they refer to the
 * assignments' API, which only a student's submission provides.
 */
public final class TestCatalogue {
    private static final Set<String> TEST_ANNOTATIONS = Set.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate");
    private static final String ARCH_TEST = "com.tngtech.archunit.junit.ArchTest";

    private static final String HIDDEN_FOLDER = "lab/hidden/";
    private static final Pattern PUBLIC_TEST_FILE = Pattern.compile(".*/lab/.*PublicTest(\\$.*)?\\.class");
    private final List<TestCase> tests;

    /** A catalogue of exactly these tests (for tests of the grader). */
    public TestCatalogue(Collection<TestCase> tests) {
        this.tests = tests.stream().sorted(Comparator.comparing(TestCase::key)).toList();
    }

    /** Scans jars or class directories for hidden tests, rules and public tests. */
    public static TestCatalogue scan(Collection<Path> locations) {
        // the tests refer to the assignments' API and libraries: do not chase those references
        com.tngtech.archunit.ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        // only the classes that can hold tests (kindOf): the grader's, the kit's and the libraries' are many
        ClassFileImporter importer = new ClassFileImporter().withImportOption(location -> location.contains("/" + HIDDEN_FOLDER)
                || location.matches(PUBLIC_TEST_FILE));
        Set<Location> where = new HashSet<>();
        for (Path path : locations) {
            if (Files.isRegularFile(path)) {
                where.addAll(testFoldersOf(path));
            } else {
                where.add(Location.of(path));
            }
        }
        JavaClasses classes = importer.importLocations(where);
        return new TestCatalogue(classes.stream().flatMap(TestCatalogue::testsOf).toList());
    }

    /**
     * The folders of a jar that hold test classes, as jar: locations (without the jar: scheme ArchUnit
     * reads a jar as a plain file and finds nothing). ArchUnit given the whole jar looks at each of its
     * entries - grader.jar has ~14,000 - which took most of the second the scan cost; the jar's own
     * index (ZipFile) lists them in milliseconds.
     */
    private static List<Location> testFoldersOf(Path jar) {
        Set<String> folders = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith(HIDDEN_FOLDER) ? name.endsWith(".class") : PUBLIC_TEST_FILE.matcher("/" + name).matches())
                    .forEach(name -> folders.add(name.startsWith(HIDDEN_FOLDER) ? HIDDEN_FOLDER : name.substring(0, name.lastIndexOf('/') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the test classes in " + jar, e);
        }
        return folders.stream().map(folder -> Location.of(URI.create("jar:" + jar.toUri() + "!/" + folder))).toList();
    }

    private static Stream<TestCase> testsOf(JavaClass type) {
        if (type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
            return Stream.empty();
        }
        Optional<Kind> kind = kindOf(type.getName());
        if (kind.isEmpty()) {
            return Stream.empty();
        }
        Stream<TestCase> methods = type.getMethods().stream()
                .filter(m -> kind.get() == Kind.RULE ? isAnnotated(m, Set.of(ARCH_TEST)) : isAnnotated(m, TEST_ANNOTATIONS))
                .map(m -> new TestCase(type.getName(), m.getName(), false, kind.get()));
        Stream<TestCase> fields = kind.get() != Kind.RULE ? Stream.empty() : type.getFields().stream()
                .filter(f -> isAnnotated(f, Set.of(ARCH_TEST)))
                .map(f -> new TestCase(type.getName(), f.getName(), true, kind.get()));
        return Stream.concat(methods, fields).distinct();
    }

    private static boolean isAnnotated(JavaMember member, Set<String> annotations) {
        return annotations.stream().anyMatch(member::isAnnotatedWith);
    }

    /**
     * The kind of item that may score tests of this class: hidden tests are {@code lab.hidden..*Test},
     * rules {@code lab.hidden..*Rules}, public tests {@code lab..*PublicTest} outside {@code lab.hidden}.
     */
    public static Optional<Kind> kindOf(String className) {
        String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        if (topLevel.startsWith("lab.hidden.")) {
            if (topLevel.endsWith("Test")) {
                return Optional.of(Kind.HIDDEN_TEST);
            }
            return topLevel.endsWith("Rules") ? Optional.of(Kind.RULE) : Optional.empty();
        }
        return topLevel.startsWith("lab.") && topLevel.endsWith("PublicTest") ? Optional.of(Kind.PUBLIC_TEST) : Optional.empty();
    }

    /** Every test, sorted by key. */
    public List<TestCase> all() {
        return tests;
    }

    /** The tests {@code selector} selects (possibly none). */
    public List<TestCase> select(Selector selector) {
        return tests.stream()
                .filter(t -> t.className().equals(selector.className()))
                .filter(t -> selector.member().map(t.member()::equals).orElse(true))
                .toList();
    }
}
