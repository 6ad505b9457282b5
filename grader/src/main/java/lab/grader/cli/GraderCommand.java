package lab.grader.cli;

import picocli.CommandLine.Command;

/** The top-level command; it only groups the subcommands. */
@Command(name = "grader", mixinStandardHelpOptions = true, version = "grader 1.0",
        description = "Grades submissions of the Concurrency Lab through rubric.yaml.",
        subcommands = {GradeCommand.class, CheckRubricCommand.class, ExportTemplateCommand.class, ExportGradescopeCommand.class, lab.grader.batch.BatchCommand.class, lab.grader.batch.MergeCommand.class,
                lab.grader.batch.BatchWorkerCommand.class, WarmUpCommand.class,
                lab.grader.benchmark.BenchmarkCommand.class, lab.grader.audit.AuditCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                ExitCode.GRADED + ":grading completed, whatever the score",
                ExitCode.INTERNAL_ERROR + ":an internal error of the grader",
                ExitCode.BAD_INPUT + ":bad input: a missing directory, not a submission, an invalid rubric, a bad option",
                ExitCode.AUDIT_FAILED + ":audit: the reference is not stable or not at full marks, or the skeleton scores points",
                ExitCode.SOME_NOT_GRADED + ":batch, merge: the files are written, but some submissions have no grade (see grades.csv)"})
final class GraderCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command: grade, check-rubric, export-template or export-gradescope");
    }
}
