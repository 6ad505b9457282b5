package lab.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a grader JVM is started wherever this project starts one (batch, audit, benchmark, and - by hand,
 * the same options - the lab script, the Classroom workflow and Gradescope's run_autograder).
 */
public final class GraderJvm {
    /**
     * C1 only and the serial collector: a grading lives seconds, and C2's compiler threads cost more CPU
     * than they saved (the README's figures: the grader JVM's own CPU per grading 8.3 -> 4.8 s).
     */
    public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private GraderJvm() {}

    /** {@code java <options> -jar grader.jar}: what a grader subcommand's arguments follow. */
    public static List<String> command(Path java, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }
}
