package lab.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import lab.grader.plan.GradingPlan;
import lab.grader.plan.RubricValidator;
import lab.grader.rubric.InvalidRubricException;
import lab.grader.rubric.RubricError;
import lab.grader.rubric.RubricLoader;

/** Loads the embedded rubric or the one named by --rubric and checks it against the catalogue. */
public final class RubricSource {
    private RubricSource() {}

    /** The plan, or null after printing every problem to {@code err}. */
    public static GradingPlan plan(Path rubricFile, GraderEnvironment environment, PrintWriter err) {
        try {
            var rubric = rubricFile == null ? RubricLoader.loadEmbedded() : RubricLoader.load(rubricFile);
            return RubricValidator.plan(rubric, environment.catalogue().get());
        } catch (InvalidRubricException e) {
            err.println("The rubric is not valid; nothing was graded. Fix these " + e.errors().size() + " problem(s):");
            e.errors().stream().map(RubricError::toString).forEach(err::println);
            return null;
        }
    }
}
