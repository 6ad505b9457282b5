package lab.grader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lab.grader.aot.AotCache;
import lab.grader.classroom.ClassroomPublisher;
import lab.grader.compile.SubmissionCompiler;
import lab.grader.plan.GradingPlan;
import lab.grader.plan.PlannedAssignment;
import lab.grader.report.ReportFormat;
import lab.grader.run.Isolation;
import lab.grader.run.RunnerSettings;
import lab.grader.run.SubmissionGrader;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.Scorer;
import lab.grader.timing.SubmissionTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grade <submission-dir>}: compiles, runs and scores a submission. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades a submission: a copy of assignments/ with folders <id>/src/main/java.")
final class GradeCommand implements Callable<Integer> {
    private final GraderEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUBMISSION-DIR", description = "the submission to grade")
    Path submission;

    @Option(names = "--rubric", paramLabel = "FILE", description = "grade with this rubric instead of the embedded one")
    Path rubric;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, junit, classroom (GitHub Classroom: $GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY) or gradescope (results.json); default: ${DEFAULT-VALUE}")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report here instead of to standard output")
    Path output;

    @Option(names = "--assignment", paramLabel = "ID", description = "grade only this assignment (repeatable)")
    List<String> assignments = new ArrayList<>();

    // 3 on 2 cores: the tests mostly wait (the README's figures: 12.7-13.3 s against 15.0-15.4 s with 2)
    @Option(names = "--parallel", paramLabel = "N", defaultValue = "3",
            description = "how many assignments are tested at once, each in a JVM of its own; default: ${DEFAULT-VALUE}")
    int parallel;

    @Option(names = "--no-aot-cache", description = "start the test JVMs without the AOT cache that warm-up trains (slower; for comparisons)")
    boolean noAotCache;

    GradeCommand(GraderEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        long start = System.nanoTime();
        long planned = start;
        GradingPlan plan = null;
        GradeResult result;
        String problem = null;
        int exitCode = ExitCode.GRADED;
        try {
            plan = plan();
            planned = System.nanoTime();
            result = grade(plan);
        } catch (BadInputException e) {
            if (e.getMessage() != null) {
                spec.commandLine().getErr().println(e.getMessage());
            }
            if (!format.alwaysWritten()) {
                return ExitCode.BAD_INPUT;
            }
            problem = e.getMessage() == null ? "the rubric is not valid: see the grader's log" : e.getMessage();
            result = Scorer.unscored(plan, problem);
            exitCode = ExitCode.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            if (!format.alwaysWritten()) {
                throw e;
            }
            spec.commandLine().getErr().println("internal error of the grader: " + e);
            e.printStackTrace(spec.commandLine().getErr());
            problem = "the grader failed (" + e + "): this is not your fault; tell your instructor";
            result = Scorer.unscored(plan, problem);
            exitCode = ExitCode.INTERNAL_ERROR;
        }
        long graded = System.nanoTime();
        Duration took = Duration.ofNanos(graded - start);
        if (format == ReportFormat.CLASSROOM) {
            new ClassroomPublisher(environment.variables()).publish(result, problem, spec.commandLine().getOut());
        }
        if (format != ReportFormat.CLASSROOM || output != null) {
            String report = format.render(result, problem, took);
            if (format == ReportFormat.JSON) {
                // the JSON report says how long writing it took: the first rendering is the measurement
                result = result.withTimes(new SubmissionTimes(Duration.ofNanos(planned - start),
                        Duration.ofNanos(graded - planned), Duration.ofNanos(System.nanoTime() - graded)));
                report = format.render(result, problem, took);
            }
            write(report);
        }
        return exitCode;
    }

    private void write(String report) throws IOException {
        if (output == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        } else {
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            Files.writeString(output, report, StandardCharsets.UTF_8);
        }
    }

    private GradingPlan plan() throws BadInputException {
        GradingPlan fullPlan = RubricSource.plan(rubric, environment, spec.commandLine().getErr());
        if (fullPlan == null) {
            throw new BadInputException(null); // the problems are printed already
        }
        for (String id : assignments) {
            if (fullPlan.assignment(id).isEmpty()) {
                throw new BadInputException("unknown assignment '" + id + "': the rubric has "
                        + fullPlan.assignments().stream().map(PlannedAssignment::id).collect(Collectors.joining(", ")));
            }
        }
        return fullPlan.only(assignments);
    }

    /** The test JVMs' options: the defaults, and the AOT cache when `warm-up` has trained it. */
    static List<String> testJvmOptions(GraderEnvironment environment, boolean useAotCache) {
        List<String> options = new ArrayList<>(RunnerSettings.DEFAULT_JVM_OPTIONS);
        if (useAotCache) {
            AotCache.locate(environment.classPath()).filter(AotCache::exists).ifPresent(cache -> options.addAll(cache.jvmOptions()));
        }
        return options;
    }

    private GradeResult grade(GradingPlan plan) throws BadInputException, IOException, InterruptedException {
        if (!Files.isDirectory(submission)) {
            throw new BadInputException(submission + " is not a directory: pass the folder that holds your assignment folders");
        }
        if (plan.assignments().stream().noneMatch(a -> Files.isDirectory(submission.resolve(a.id()).resolve("src/main/java")))) {
            throw new BadInputException(submission + " is not a submission: it has none of the folders "
                    + plan.assignments().stream().map(a -> a.id() + "/src/main/java").collect(Collectors.joining(", ")));
        }
        var compiler = environment.compiler().orElseThrow(() -> new BadInputException(
                "grading needs a JDK (with javac), not just a Java runtime: run the grader with a JDK >= 21"));
        String classPath = environment.classPath().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        RunnerSettings settings = new RunnerSettings(environment.javaExecutable(), environment.classPath(),
                plan.rubric().defaults().testTimeout(), testJvmOptions(environment, !noAotCache));
        if (parallel < 1) {
            throw new BadInputException("--parallel must be at least 1, was " + parallel);
        }
        try (SubmissionCompiler submissionCompiler = new SubmissionCompiler(compiler, classPath)) {
            return new SubmissionGrader(submissionCompiler, settings, Isolation.detect(), parallel).grade(submission, plan);
        }
    }
}
