package lab.grader.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import lab.grader.catalogue.TestCatalogue;

/**
 * What the grader takes from the machine it runs on; tests of the grader pass their own.
 *
 * @param classPath       what student code compiles against and child JVMs start with, before the
 *                        student's classes: grader.jar when running from it
 * @param catalogue       the hidden tests, rules and public tests this grader ships
 * @param javaExecutable  the {@code java} for child JVMs
 * @param compiler        the system compiler; empty on a JRE
 * @param variables       reads an environment variable (null when unset), e.g. {@code GITHUB_OUTPUT}
 */
public record GraderEnvironment(List<Path> classPath, Supplier<TestCatalogue> catalogue, Path javaExecutable,
                                Optional<JavaCompiler> compiler, UnaryOperator<String> variables) {

    /** An environment without variables. */
    public GraderEnvironment(List<Path> classPath, Supplier<TestCatalogue> catalogue, Path javaExecutable,
                             Optional<JavaCompiler> compiler) {
        this(classPath, catalogue, javaExecutable, compiler, name -> null);
    }

    /** This environment reading variables from {@code variables}. */
    public GraderEnvironment withVariables(UnaryOperator<String> variables) {
        return new GraderEnvironment(classPath, catalogue, javaExecutable, compiler, variables);
    }

    /** The environment of this JVM: its own code source, its own java, its system compiler. */
    public static GraderEnvironment current() {
        Path codeSource = codeSource();
        List<Path> classPath = Files.isRegularFile(codeSource) ? List.of(codeSource)
                : Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
        return new GraderEnvironment(classPath, readOnce(() -> TestCatalogue.scan(List.of(codeSource))),
                Path.of(System.getProperty("java.home"), "bin", "java"),
                Optional.ofNullable(ToolProvider.getSystemJavaCompiler()), System::getenv);
    }

    /** The catalogue of a jar that does not change while it runs: read at most once, by the first grading that asks. */
    private static Supplier<TestCatalogue> readOnce(Supplier<TestCatalogue> scan) {
        return new Supplier<>() {
            private TestCatalogue catalogue;

            @Override
            public synchronized TestCatalogue get() {
                if (catalogue == null) {
                    catalogue = scan.get();
                }
                return catalogue;
            }
        };
    }

    /** grader.jar, or the classes directory when run from a build. */
    static Path codeSource() {
        try {
            return Path.of(GraderEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the grader's own code", e);
        }
    }
}
