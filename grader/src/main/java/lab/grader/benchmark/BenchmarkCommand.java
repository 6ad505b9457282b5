package lab.grader.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import lab.grader.aot.AotCache;
import lab.grader.measure.CourseCheckout;
import lab.grader.measure.GraderRun;
import lab.grader.measure.JvmProcess;
import lab.grader.measure.Machine;
import lab.grader.measure.Submissions;
import lab.grader.cli.ExitCode;
import lab.grader.cli.GraderEnvironment;
import lab.grader.cli.RubricSource;
import lab.grader.plan.GradingPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benchmark}: how fast the grader grades, against the usual way (one Maven run per rubric
 * item) and against the floor the tests set; prints its figures and can write them as JSON. Wall
 * clock is measured here, and asserted nowhere.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measures grading speed on a copy of the reference solutions: cold and warm, per assignment and phase,",
                "the floor the tests' own waits set, the usual way (one `mvn test -Dtest=...` per rubric item), a batch",
                "with --jobs 1 and 2, and the grader's peak memory. Run it from the course checkout on an idle machine."})
public final class BenchmarkCommand implements Callable<Integer> {
    private static final Duration GRADE_LIMIT = Duration.ofMinutes(10);

    private final GraderEnvironment environment;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CourseCheckout checkout;

    @Option(names = "--usual-items", paramLabel = "N", defaultValue = "0",
            description = "time the usual way on N items spread over the rubric and extrapolate (default: all items)")
    int usualItems;

    @Option(names = "--skip-usual", description = "do not time the usual way (it takes about 10 s per item)")
    boolean skipUsual;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "4", description = "submissions in the batch comparison (default: ${DEFAULT-VALUE}; 0 skips it)")
    int copies;

    public BenchmarkCommand(GraderEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> classPath = environment.classPath();
        Optional<Path> graderJar = checkout.graderJar(classPath, "benchmark", err, "reference-solutions");
        if (graderJar.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        GradingPlan plan = RubricSource.plan(null, environment, err);
        if (plan == null) {
            return ExitCode.BAD_INPUT;
        }
        Path jar = graderJar.get();
        Path course = checkout.course();
        Path work = Files.createTempDirectory("grader-benchmark-");
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            Path submission = Submissions.copyOfReference(course, plan, work.resolve("submission"));
            figures.put("machine", Machine.describe());
            out.println("Concurrency Lab benchmark on " + Machine.describe());
            out.printf("Submission: a copy of the reference solutions (%d assignments, %d items)%n%n",
                    plan.assignments().size(), plan.assignments().stream().mapToInt(a -> a.items().size()).sum());
            out.flush();

            Optional<AotCache> cache = AotCache.locate(classPath);
            if (cache.isPresent()) {
                cache.get().delete();
            }
            GraderRun cold = grade(jar, submission);
            row(out, "grade, cold (fresh JVM, no AOT cache)", cold.wall(), score(cold));
            figures.put("cold", figures(cold));
            if (cache.isPresent()) {
                Duration training = cache.get().create(environment.javaExecutable(), lab.grader.run.RunnerSettings.DEFAULT_JVM_OPTIONS);
                row(out, "warm-up (train the AOT cache, once)", training, "");
                figures.put("warm_up_s", seconds(training));
            }
            GraderRun warm1 = grade(jar, submission);
            GraderRun warm = grade(jar, submission);
            row(out, "grade, warm (AOT cache), 1st run", warm1.wall(), score(warm1));
            row(out, "grade, warm (AOT cache), 2nd run", warm.wall(), score(warm));
            out.printf("  %-44s %7d MiB%n", "grader JVM peak memory (RSS, not children)", Math.max(warm1.peakRssKib(), warm.peakRssKib()) / 1024);
            out.printf("  %-44s %7.1f s  (the grader JVM %.1f s; %d processes)%n", "CPU of the 2nd warm run, all processes",
                    seconds(warm.cpu().total()), seconds(warm.cpu().root()), warm.cpu().processes());
            figures.put("warm", List.of(figures(warm1), figures(warm)));
            // one assignment at a time: no assignment's test JVM waits for a core another one holds,
            // so the phases and the waits are the tests' own
            GraderRun alone = grade(jar, submission, "--parallel", "1");
            row(out, "grade, warm, one assignment at a time", alone.wall(), score(alone));
            figures.put("warm_parallel_1", figures(alone));
            Phases phases = Phases.of(alone.report());
            out.println();
            phases.print(out);
            figures.put("phases", phases.figures());
            double best = Math.min(seconds(warm1.wall()), seconds(warm.wall()));
            figures.put("floor_s", phases.floorSeconds());
            out.printf("%nfloor (the tests' own waits, one assignment at a time, summed): %.1f s%n", phases.floorSeconds());
            out.printf("  warm wall / floor = %.2f (assignments side by side, waits overlap); one at a time / floor = %.2f%n",
                    best / phases.floorSeconds(), seconds(alone.wall()) / phases.floorSeconds());
            out.flush();

            if (!skipUsual) {
                figures.put("usual", usualWay(out, plan, best));
            }
            if (copies > 0) {
                figures.put("batch", batch(out, jar, submission, work));
            }
            checkout.writeJson(figures, out);
            return ExitCode.GRADED;
        } finally {
            Submissions.delete(work);
        }
    }

    private GraderRun grade(Path jar, Path submission, String... options) throws IOException, InterruptedException {
        List<String> grader = lab.grader.cli.GraderJvm.command(environment.javaExecutable(), jar);
        return GraderRun.grade(grader, submission, List.of(options), GRADE_LIMIT);
    }

    /** The score, and which items were lost when it is not full: a benchmark run is also a stability sample. */
    private static String score(GraderRun run) {
        List<String> lost = GraderRun.lostItems(run.report());
        return run.score() + "/" + run.maxScore() + (lost.isEmpty() ? "" : "  lost: " + String.join(", ", lost));
    }

    private static Map<String, Object> figures(GraderRun run) {
        return Map.of("wall_s", seconds(run.wall()), "score", run.score(), "max_score", run.maxScore(),
                "peak_rss_mib", run.peakRssKib() / 1024, "cpu_s", seconds(run.cpu().total()),
                "grader_cpu_s", seconds(run.cpu().root()), "processes", run.cpu().processes());
    }

    private Map<String, Object> usualWay(PrintWriter out, GradingPlan plan, double graderSeconds) throws IOException, InterruptedException {
        List<UsualWay.PlannedItemOf> items = UsualWay.items(plan, usualItems);
        int allItems = UsualWay.items(plan, 0).size();
        out.printf("%nthe usual way: one `mvn -o test -Dtest=...` per rubric item, %d of %d items...%n", items.size(), allItems);
        out.flush();
        List<UsualWay.Step> steps = new ArrayList<>();
        for (UsualWay.PlannedItemOf item : items) {
            steps.add(UsualWay.run(checkout.course(), item, GRADE_LIMIT));
        }
        double measured = steps.stream().mapToDouble(s -> seconds(s.wall())).sum();
        double total = measured * allItems / items.size();
        long passed = steps.stream().filter(UsualWay.Step::passed).count();
        out.printf("  %d Maven runs: %.0f s (%.1f s each), %d passed%s%n", steps.size(), measured, measured / steps.size(), passed,
                items.size() < allItems ? String.format("; all %d items: about %.0f s", allItems, total) : "");
        out.printf("  the usual way / the grader (warm) = %.1fx%n", total / graderSeconds);
        steps.stream().filter(s -> !s.passed()).forEach(s -> out.println("  failed the usual way: " + s.assignment() + "/" + s.item()
                + " (-Dtest=" + s.testFilter() + ")"));
        return Map.of("items_timed", steps.size(), "items", allItems, "measured_s", measured, "total_s", total,
                "passed", passed, "ratio", total / graderSeconds);
    }

    private Map<String, Object> batch(PrintWriter out, Path jar, Path submission, Path work) throws IOException, InterruptedException {
        Path submissions = work.resolve("batch");
        for (int i = 1; i <= copies; i++) {
            Submissions.copy(submission, submissions.resolve("student-" + i));
        }
        out.printf("%na batch of %d identical submissions:%n", copies);
        Map<String, Object> figures = new LinkedHashMap<>();
        double[] perMinute = new double[3];
        for (int jobs = 1; jobs <= 2; jobs++) {
            List<String> batch = new ArrayList<>(lab.grader.cli.GraderJvm.command(environment.javaExecutable(), jar));
            batch.addAll(List.of("batch", submissions.toString(), "--out", work.resolve("out-" + jobs).toString(),
                    "--jobs", Integer.toString(jobs), "--progress", "plain"));
            JvmProcess.Result run = JvmProcess.run(batch, work, GRADE_LIMIT.multipliedBy(copies));
            if (run.exitCode() != 0) {
                throw new IOException("the batch with --jobs " + jobs + " failed (exit " + run.exitCode() + "): " + run.tail());
            }
            perMinute[jobs] = copies * 60 / seconds(run.wall());
            out.printf("  --jobs %d: %.0f s, %.2f submissions per minute; 100 submissions would take about %.0f min;"
                    + " a grader worker's peak memory %d MiB%n", jobs, seconds(run.wall()), perMinute[jobs], 100 / perMinute[jobs],
                    run.peakChildRssKib() / 1024);
            figures.put("jobs_" + jobs + "_s", seconds(run.wall()));
            figures.put("jobs_" + jobs + "_worker_peak_rss_mib", run.peakChildRssKib() / 1024);
        }
        out.printf("  throughput --jobs 2 / --jobs 1 = %.2fx%n", perMinute[2] / perMinute[1]);
        figures.put("throughput_ratio", perMinute[2] / perMinute[1]);
        return figures;
    }

    private static void row(PrintWriter out, String what, Duration took, String score) {
        out.printf("  %-44s %7.1f s  %s%n", what, seconds(took), score);
        out.flush();
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
