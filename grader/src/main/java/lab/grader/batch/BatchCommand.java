package lab.grader.batch;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lab.grader.aot.AotCache;
import lab.grader.cli.ExitCode;
import lab.grader.cli.GraderEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batch <submissions-dir> --out <report-dir>}: grades a whole class and writes its reports. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Grades every sub-directory of SUBMISSIONS-DIR as one submission (as `gh classroom clone student-repos`"
                + " lays them out) and writes grades.csv, results.jsonl, feedback/<student>.md and report.html to --out.",
                "Run it again to resume: submissions whose content has not changed keep their result."})
public final class BatchCommand implements Callable<Integer> {
    private final GraderEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUBMISSIONS-DIR", description = "one sub-directory per submission")
    Path submissions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the report directory (created; reused to resume)")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "grade N submissions at once (default: ${DEFAULT-VALUE})")
    int jobs;

    @Option(names = "--parallel", paramLabel = "N",
            description = "assignments of one submission graded side by side (default: 3 with --jobs 1, else 2: the jobs share the cores)")
    Integer parallel;

    @Option(names = "--shard", paramLabel = "K/N", defaultValue = "1/1",
            description = "grade only shard K of N (sorted by name, dealt round-robin); join the shards' outputs with merge")
    String shard;

    @Option(names = "--roster", paramLabel = "CSV",
            description = "map folders to students: GitHub Classroom's grades CSV or roster CSV, or columns repository,student")
    Path roster;

    @Option(names = "--template", paramLabel = "DIR",
            description = "what the tamper check compares with: an exported template (export-template) or the course's"
                    + " assignments/ folder (default: ./assignments when it exists)")
    Path template;

    @Option(names = "--rubric", paramLabel = "FILE", description = "grade with this rubric instead of the embedded one")
    Path rubric;

    @Option(names = "--assignment", paramLabel = "ID", description = "grade only this assignment (repeatable)")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "stop grading a submission after this long (default: the rubric's submission-timeout + 120 s)")
    Integer timeLimit;

    @Option(names = "--no-aot-cache", description = "neither train nor use the test JVMs' AOT cache (see warm-up)")
    boolean noAotCache;

    @Option(names = "--retry-failed", description = "grade again unchanged submissions that crashed or timed out last time")
    boolean retryFailed;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "bar, plain (a line per submission, for CI logs) or auto (a bar on a terminal outside CI)")
    String progress;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Concurrency Lab: class report", description = "report.html's title")
    String title;

    /** What picocli creates: the environment of this JVM. */
    public BatchCommand() {
        this(GraderEnvironment.current());
    }

    BatchCommand(GraderEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Shard theShard;
        try {
            theShard = Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (!Files.isDirectory(submissions)) {
            err.println(submissions + " is not a directory: pass the folder that holds one folder per submission");
            return ExitCode.BAD_INPUT;
        }
        if (jobs < 1) {
            err.println("--jobs must be at least 1, was " + jobs);
            return ExitCode.BAD_INPUT;
        }
        if (parallel != null && parallel < 1) {
            err.println("--parallel must be at least 1, was " + parallel);
            return ExitCode.BAD_INPUT;
        }
        if (!List.of("auto", "bar", "plain").contains(progress)) {
            err.println("--progress must be auto, bar or plain, was " + progress);
            return ExitCode.BAD_INPUT;
        }
        Optional<Roster> knownRoster = Roster.fromOption(roster, err);
        if (knownRoster.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        Roster theRoster = knownRoster.get();
        GradingSetup setup = GradingSetup.load(rubric, assignments, environment, err);
        if (setup == null) {
            return ExitCode.BAD_INPUT;
        }
        if (environment.compiler().isEmpty()) {
            err.println("grading needs a JDK (with javac), not just a Java runtime: run the grader with a JDK >= 21");
            return ExitCode.BAD_INPUT;
        }
        List<String> notes = new ArrayList<>();
        Path theTemplate = template != null ? template : Files.isDirectory(Path.of("assignments")) ? Path.of("assignments") : null;
        TamperCheck tamperCheck = null;
        if (theTemplate != null && !Files.isDirectory(theTemplate)) {
            err.println(theTemplate + " is not a directory: --template names an exported template or the course's assignments/");
            return ExitCode.BAD_INPUT;
        } else if (theTemplate != null) {
            tamperCheck = new TamperCheck(theTemplate, setup.assignmentIds());
        } else {
            notes.add("No tamper check: no template was given (--template DIR) and there is no ./assignments folder.");
        }
        if (!theShard.equals(Shard.ALL)) {
            notes.add("Shard " + theShard + ": this report covers this shard's submissions only; join the shards with merge.");
        }
        Duration limit = timeLimit != null ? Duration.ofSeconds(timeLimit)
                : setup.plan().rubric().defaults().submissionTimeout().plusSeconds(120);
        List<String> gradeArguments = new ArrayList<>();
        if (rubric != null) {
            gradeArguments.addAll(List.of("--rubric", rubric.toAbsolutePath().toString()));
        }
        setup.assignmentIds().forEach(id -> gradeArguments.addAll(List.of("--assignment", id)));
        gradeArguments.addAll(List.of("--parallel", String.valueOf(lanesPerSubmission(parallel, jobs))));
        if (noAotCache) {
            gradeArguments.add("--no-aot-cache");
        } else {
            // many submissions repay the ~10 s of training the test JVMs' AOT cache many times over
            AotCache.trainIfMissing(environment.classPath(), environment.javaExecutable(), err);
        }
        GraderWorkers grading = new GraderWorkers(environment.javaExecutable(), environment.classPath(), gradeArguments, limit);
        var settings = new BatchRunner.Settings(submissions, out, jobs, theShard, theRoster, setup.assignmentIds(),
                setup.hashInput(environment.classPath()), setup::unscored, tamperCheck, retryFailed);
        boolean bar = progress.equals("bar") || progress.equals("auto") && onTerminal();
        Thread killer = new Thread(grading::killAll, "batch-kill-graders");
        Runtime.getRuntime().addShutdownHook(killer);
        BatchRunner.Summary summary;
        try {
            summary = new BatchRunner(settings, grading).run(total -> Progress.of(bar, err, total, jobs), err, notes, title);
        } finally {
            grading.close();
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
        stdout.println(summary.selected() + " submission(s)" + (theShard.equals(Shard.ALL) ? "" : " in shard " + theShard)
                + ": " + summary.graded() + " graded now, " + summary.skipped() + " unchanged since the last run, "
                + summary.notGraded() + " without a grade (crashed, timed out or not a submission)");
        stdout.println("wrote " + out.resolve(GradesCsv.FILE) + ", " + out.resolve(ResultsLog.FILE) + ", "
                + out.resolve(FeedbackFiles.DIR) + "/, " + out.resolve(HtmlReport.FILE));
        if (summary.notGraded() > 0) {
            stdout.println("exit code " + ExitCode.SOME_NOT_GRADED + ": " + summary.notGraded() + " submission(s) have no grade;"
                    + " their status is in grades.csv (--retry-failed grades the crashed and timed-out ones again)");
            return ExitCode.SOME_NOT_GRADED;
        }
        return ExitCode.GRADED;
    }

    /** A terminal outside CI: JDK 22+ says so with Console.isTerminal(); on 21 a console exists only on a terminal. */
    static boolean onTerminal() {
        if (System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /**
     * How many assignments of one submission are graded side by side. Alone, a grading uses 3 lanes (grade's
     * default); beside other jobs, 2: each lane is a test JVM, and with two jobs six of them fought over the two
     * cores - four copies of the reference at --jobs 2 took 44-50 s with 2 lanes, 46-54 s with 3 (README, Speed).
     */
    static int lanesPerSubmission(Integer parallel, int jobs) {
        if (parallel != null) {
            return parallel;
        }
        return jobs == 1 ? 3 : 2;
    }
}
