package lab.grader.compile;

import java.nio.file.Path;
import java.util.List;

/** What compiling one assignment of a submission gave. */
public sealed interface CompileResult {

    /**
     * The classes are ready.
     *
     * @param classesDir      the compiled classes
     * @param studentPackages the packages they are in
     */
    record Compiled(Path classesDir, List<String> studentPackages) implements CompileResult {}

    /** The folder is missing or the code does not compile; {@code feedback} tells the student which. */
    record NotCompiled(String feedback) implements CompileResult {}
}
