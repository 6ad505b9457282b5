package lab.grader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import lab.grader.plan.GradingPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check-rubric}: validates the rubric against the tests this grader ships, grades nothing. */
@Command(name = "check-rubric", mixinStandardHelpOptions = true,
        description = "Checks the rubric (embedded, or --rubric FILE) against the tests and rules in this grader.")
final class CheckRubricCommand implements Callable<Integer> {
    private final GraderEnvironment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--rubric", paramLabel = "FILE", description = "the rubric to check instead of the embedded one")
    Path rubric;

    CheckRubricCommand(GraderEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        GradingPlan plan = RubricSource.plan(rubric, environment, spec.commandLine().getErr());
        if (plan == null) {
            return ExitCode.BAD_INPUT;
        }
        int items = plan.assignments().stream().mapToInt(a -> a.items().size()).sum();
        int points = plan.rubric().assignments().stream().mapToInt(a -> a.maxScore()).sum();
        spec.commandLine().getOut().println("rubric OK: " + plan.assignments().size() + " assignments, "
                + items + " items, " + points + " points");
        return ExitCode.GRADED;
    }
}
