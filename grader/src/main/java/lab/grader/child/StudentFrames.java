package lab.grader.child;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lab.grader.scoring.CodeLocation;

/** Finds the student's own frames in stack traces: their packages, minus the test classes. */
final class StudentFrames {
    private final List<String> packages;
    private final Set<String> testClasses;

    StudentFrames(List<String> packages, Set<String> testClasses) {
        this.packages = List.copyOf(packages);
        this.testClasses = Set.copyOf(testClasses);
    }

    boolean isStudent(StackTraceElement frame) {
        String cls = frame.getClassName();
        int dollar = cls.indexOf('$');
        String topLevel = dollar < 0 ? cls : cls.substring(0, dollar);
        if (testClasses.contains(topLevel) || cls.startsWith("lab.hidden.") || cls.startsWith("lab.grader.")) {
            return false;
        }
        int dot = cls.lastIndexOf('.');
        String pkg = dot < 0 ? "" : cls.substring(0, dot);
        return packages.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
    }

    /** The first student frame of {@code t} or, failing that, of its causes. */
    Optional<CodeLocation> firstIn(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Optional<CodeLocation> found = Arrays.stream(cause.getStackTrace()).filter(this::isStudent).findFirst().map(StudentFrames::location);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static CodeLocation location(StackTraceElement frame) {
        return new CodeLocation(frame.getClassName(), frame.getMethodName(), frame.getFileName(), frame.getLineNumber());
    }

    /**
     * Each live thread with student frames: name, state and its top student frames; what a student
     * needs to see where a test hung.
     */
    String threadSummary(int maxThreads, int framesPerThread) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(this::isStudent))
                .limit(maxThreads)
                .map(e -> "- thread '" + e.getKey().getName() + "' (" + e.getKey().getState() + ") at "
                        + Arrays.stream(e.getValue()).filter(this::isStudent).limit(framesPerThread)
                        .map(f -> location(f).classAndMethod() + location(f).fileAndLine())
                        .collect(Collectors.joining(" < ")))
                .collect(Collectors.joining("\n"));
    }
}
