package lab.grader.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import lab.grader.scoring.Feedback;

/**
 * Compiles one assignment of a submission in the grader's JVM with javax.tools. Annotation
 * processing is off, so compiling runs none of the student's code.
 * <p>
 * One file manager serves every assignment it compiles, one at a time: a new one per assignment
 * opened grader.jar (the class path: ~14,000 entries) and the JDK's {@code ct.sym} again each time,
 * about a quarter of the compiling. {@link #close} closes it.
 */
public final class SubmissionCompiler implements AutoCloseable {
    static final int MAX_MESSAGES = 10;
    /** A source file larger than this is not compiled: no handout needs one, and javac would choke. */
    static final long MAX_SOURCE_BYTES = 1024 * 1024;
    static final int MAX_SOURCE_FILES = 500;

    private final JavaCompiler compiler;
    private final String classPath;
    private StandardJavaFileManager files;

    /**
     * @param compiler  the system Java compiler
     * @param classPath what student code compiles against (the grader's code source, for the kit)
     */
    public SubmissionCompiler(JavaCompiler compiler, String classPath) {
        this.compiler = compiler;
        this.classPath = classPath;
    }

    /** Compiles {@code <submission>/<id>/src/main/java/**} into {@code outputDir}. */
    public synchronized CompileResult compile(Path submission, String id, Path outputDir) throws IOException {
        Path sourceRoot = submission.resolve(id).resolve("src/main/java");
        if (!Files.isDirectory(submission.resolve(id))) {
            return new CompileResult.NotCompiled(Feedback.folderMissing(id));
        }
        if (Files.isSymbolicLink(submission.resolve(id)) || Files.isSymbolicLink(submission.resolve(id).resolve("src"))
                || Files.isSymbolicLink(submission.resolve(id).resolve("src/main")) || Files.isSymbolicLink(sourceRoot)) {
            return new CompileResult.NotCompiled(Feedback.compileFailed(
                    id + "/src/main/java is a symbolic link: submit the files themselves, not links to them"));
        }
        List<Path> sources;
        List<Path> links;
        try (Stream<Path> files = Files.isDirectory(sourceRoot) ? Files.walk(sourceRoot) : Stream.empty()) {
            List<Path> all = files.toList();
            // Files.walk does not follow links, but a linked file would still be read: links point out of the submission
            links = all.stream().filter(Files::isSymbolicLink).toList();
            sources = all.stream().filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
        }
        if (!links.isEmpty()) {
            return new CompileResult.NotCompiled(Feedback.compileFailed(relative(submission, links.getFirst())
                    + " is a symbolic link: submit the files themselves, not links to files elsewhere"));
        }
        if (sources.size() > MAX_SOURCE_FILES) {
            return new CompileResult.NotCompiled(Feedback.compileFailed(id + "/src/main/java holds " + sources.size()
                    + " .java files; the grader compiles at most " + MAX_SOURCE_FILES + ": submit only your solution"));
        }
        for (Path source : sources) {
            long size = Files.size(source);
            if (size > MAX_SOURCE_BYTES) {
                return new CompileResult.NotCompiled(Feedback.compileFailed(relative(submission, source) + " is "
                        + (size >> 20) + " MB; the grader compiles source files of at most " + (MAX_SOURCE_BYTES >> 20)
                        + " MB: generated or pasted data does not belong in a source file"));
            }
        }
        if (sources.isEmpty()) {
            return new CompileResult.NotCompiled(Feedback.compileFailed(
                    "no .java files in " + id + "/src/main/java: put your classes there, in the packages of the handout"));
        }
        Files.createDirectories(outputDir);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        if (files == null) {
            files = compiler.getStandardFileManager(null, Locale.ENGLISH, StandardCharsets.UTF_8);
        }
        List<String> options = List.of("--release", "21", "-proc:none", "-encoding", "UTF-8",
                "-implicit:none", "-g", "-classpath", classPath, "-d", outputDir.toString());
        boolean ok = compiler.getTask(new StringWriter(), files, diagnostics, options, null,
                files.getJavaFileObjectsFromPaths(sources)).call();
        if (!ok) {
            return new CompileResult.NotCompiled(Feedback.compileFailed(messages(diagnostics, submission)));
        }
        return new CompileResult.Compiled(outputDir, packagesIn(outputDir));
    }

    /** Closes the file manager (and the jars it opened). */
    @Override
    public synchronized void close() throws IOException {
        if (files != null) {
            files.close();
            files = null;
        }
    }

    private static String messages(DiagnosticCollector<JavaFileObject> diagnostics, Path submission) {
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : errors.subList(0, Math.min(MAX_MESSAGES, errors.size()))) {
            String where = d.getSource() == null ? "" : relative(submission, d.getSource()) + ":" + d.getLineNumber() + ": ";
            String message = d.getMessage(Locale.ENGLISH).lines().findFirst().orElse("");
            lines.add(where + message + (message.contains("unmappable character") || message.contains("for encoding UTF-8")
                    ? " (save your source files as UTF-8)" : ""));
        }
        if (errors.size() > MAX_MESSAGES) {
            lines.add("... and " + (errors.size() - MAX_MESSAGES) + " more errors");
        }
        return String.join("\n", lines);
    }

    private static String relative(Path submission, JavaFileObject source) {
        return relative(submission, Path.of(source.toUri()));
    }

    private static String relative(Path submission, Path path) {
        Path file = path.toAbsolutePath().normalize();
        Path root = submission.toAbsolutePath().normalize();
        return file.startsWith(root) ? root.relativize(file).toString() : file.getFileName().toString();
    }

    private static List<String> packagesIn(Path classesDir) throws IOException {
        try (Stream<Path> files = Files.walk(classesDir)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classesDir.relativize(p.getParent() == null ? classesDir : p.getParent()).toString()
                            .replace(java.io.File.separatorChar, '.'))
                    .distinct().sorted().collect(Collectors.toList());
        }
    }
}
