package lab.grader.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import lab.grader.aot.AotCache;
import lab.grader.cli.ExitCode;
import lab.grader.cli.GraderEnvironment;
import lab.grader.cli.RubricSource;
import lab.grader.measure.CourseCheckout;
import lab.grader.measure.Machine;
import lab.grader.measure.Submissions;
import lab.grader.plan.GradingPlan;
import lab.grader.plan.PlannedAssignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit}: does the grading deserve trust? Checks that every rubric item matches tests and every
 * test an item, that the skeleton scores 0, that the reference scores full marks on every one of N
 * gradings with the cores busy, and reports what the hidden tests cover of each reference (JaCoCo) and
 * which bugs they would miss (PIT's surviving mutants).
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits the course from its checkout: rubric <-> tests, the skeleton scores 0, the reference is",
                "stable at full marks under CPU load, coverage and mutation testing of the hidden tests against each reference.",
                "Prints a table, can write it as JSON, exits 3 when the reference is not stable or the skeleton scores."})
public final class AuditCommand implements Callable<Integer> {
    private final GraderEnvironment environment;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CourseCheckout checkout;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "gradings of the reference (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--load", paramLabel = "THREADS", defaultValue = "2",
            description = "CPU-busy threads beside the gradings (default: ${DEFAULT-VALUE})")
    int load;

    @Option(names = "--assignment", paramLabel = "ID", description = "audit only this assignment (repeatable)")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--skip-coverage", description = "no JaCoCo coverage (it runs each reference module's build)")
    boolean skipCoverage;

    @Option(names = "--skip-mutation", description = "no PIT mutation testing (the slowest part)")
    boolean skipMutation;

    public AuditCommand(GraderEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> classPath = environment.classPath();
        Optional<Path> jar = checkout.graderJar(classPath, "audit", err, "reference-solutions", "assignments");
        if (jar.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        if (runs < 1 || load < 0) {
            err.println("--runs must be at least 1 and --load at least 0");
            return ExitCode.BAD_INPUT;
        }
        GradingPlan fullPlan = RubricSource.plan(null, environment, err);
        if (fullPlan == null) {
            err.println("audit: the rubric and the tests do not match (see above); nothing else was audited");
            return ExitCode.AUDIT_FAILED;
        }
        for (String id : assignments) {
            if (fullPlan.assignment(id).isEmpty()) {
                err.println("unknown assignment '" + id + "'");
                return ExitCode.BAD_INPUT;
            }
        }
        GradingPlan plan = fullPlan.only(assignments);
        List<String> ids = plan.assignments().stream().map(PlannedAssignment::id).toList();
        List<String> gradeOptions = new ArrayList<>();
        ids.forEach(id -> gradeOptions.addAll(List.of("--assignment", id)));
        List<String> grader = lab.grader.cli.GraderJvm.command(environment.javaExecutable(), jar.get());
        Path course = checkout.course();
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("machine", Machine.describe());
        List<String> problems = new ArrayList<>();

        int items = plan.assignments().stream().mapToInt(a -> a.items().size()).sum();
        int tests = plan.assignments().stream().mapToInt(a -> a.tests().size()).sum();
        out.printf("Audit of %s on %s%n%n", String.join(", ", ids), Machine.describe());
        out.printf("rubric <-> tests: %d items select %d tests and rules; every one of those is scored by exactly one item%n",
                items, tests);
        audit.put("rubric", Map.of("items", items, "tests", tests, "matched", true));

        out.println("skeleton: grading assignments/ once, every item must score 0 ...");
        out.flush();
        JsonNode skeleton = Stability.grade(grader, course.resolve("assignments").toAbsolutePath(), gradeOptions).report();
        List<String> skeletonScores = new ArrayList<>();
        for (JsonNode assignment : skeleton.get("assignments")) {
            for (JsonNode item : assignment.get("items")) {
                if (item.get("points").asInt() > 0) {
                    skeletonScores.add(assignment.get("id").asText() + "/" + item.get("id").asText());
                }
            }
        }
        out.printf("  skeleton: %d/%d%s%n", skeleton.get("score").asInt(), skeleton.get("max_score").asInt(),
                skeletonScores.isEmpty() ? "" : "  items that score on the skeleton: " + String.join(", ", skeletonScores));
        audit.put("skeleton", Map.of("score", skeleton.get("score").asInt(), "max_score", skeleton.get("max_score").asInt(),
                "items_scoring", skeletonScores));
        if (!skeletonScores.isEmpty()) {
            problems.add("the skeleton scores points on " + String.join(", ", skeletonScores));
        }

        // gradings as users run them: on the test JVMs' AOT cache
        AotCache.trainIfMissing(classPath, environment.javaExecutable(), err);
        Path work = Files.createTempDirectory("grader-audit-");
        Stability.Result stability;
        try {
            Path reference = Submissions.copyOfReference(course, plan, work.resolve("reference"));
            out.printf("%nreference: %d gradings with %d CPU-busy threads beside them ...%n", runs, load);
            out.flush();
            try (BusyThreads busy = new BusyThreads(load)) {
                stability = Stability.measure(grader, reference, gradeOptions, runs, out);
            }
        } finally {
            Submissions.delete(work);
        }
        List<String> unstable = stability.unstable();
        out.printf("  full marks in %d of %d gradings; items not passed every time: %s%n", stability.fullMarks(), runs,
                unstable.isEmpty() ? "none" : "");
        unstable.forEach(key -> {
            var tally = stability.items().get(key);
            out.printf("    %s passed %d/%d; %s%n", key, tally.passed(), runs, tally.firstFailure());
        });
        audit.put("stability", Map.of("runs", runs, "load_threads", load, "full_marks", stability.fullMarks(),
                "unstable", unstable.stream().map(key -> Map.of("item", key, "passed", stability.items().get(key).passed(),
                        "first_failure", stability.items().get(key).firstFailure())).toList(),
                "wall_s", stability.walls().stream().map(d -> d.toMillis() / 1000.0).toList()));
        if (stability.fullMarks() < runs || !unstable.isEmpty()) {
            problems.add("the reference lost points in " + (runs - stability.fullMarks()) + " of " + runs + " gradings: "
                    + String.join(", ", unstable));
        }

        Map<String, ReferenceQuality.Result> quality = new LinkedHashMap<>();
        if (!skipCoverage || !skipMutation) {
            out.printf("%nhidden tests against each reference (the reference modules' audit build: JaCoCo%s) ...%n",
                    skipMutation ? "" : " and PIT");
            out.flush();
            quality = ReferenceQuality.measure(course, ids, !skipCoverage, !skipMutation, out);
        }
        out.println();
        printTable(out, ids, stability, quality);
        audit.put("assignments", ReferenceQuality.figures(quality));

        audit.put("problems", problems);
        checkout.writeJson(audit, out);
        if (problems.isEmpty()) {
            out.println("\naudit passed: the reference is stable at full marks and the skeleton scores 0");
            return ExitCode.GRADED;
        }
        out.println("\naudit FAILED:");
        problems.forEach(p -> out.println("  - " + p));
        return ExitCode.AUDIT_FAILED;
    }

    private static void printTable(PrintWriter out, List<String> ids, Stability.Result stability, Map<String, ReferenceQuality.Result> quality) {
        out.printf("%-10s %12s %8s %8s %9s %9s%n", "assignment", "least passes", "lines", "branches", "mutation", "survivors");
        for (String id : ids) {
            int least = stability.items().entrySet().stream().filter(e -> e.getKey().startsWith(id + "/"))
                    .mapToInt(e -> e.getValue().passed()).min().orElse(0);
            ReferenceQuality.Result q = quality.get(id);
            out.printf("%-10s %12s %8s %8s %9s %9s%n", id, least + "/" + stability.runs(),
                    q == null || q.coverage() == null ? "-" : String.format("%.0f%%", q.coverage().linePercent()),
                    q == null || q.coverage() == null ? "-" : String.format("%.0f%%", q.coverage().branchPercent()),
                    q == null || q.mutation() == null ? "-" : String.format("%.0f%%", q.mutation().score()),
                    q == null || q.mutation() == null ? "-" : Integer.toString(q.mutation().survived().size()));
        }
        quality.forEach((id, q) -> {
            if (q.coverage() != null && !q.coverage().uncovered().isEmpty()) {
                out.println(id + ": lines no hidden test runs: " + String.join(", ", q.coverage().uncovered()));
            }
            if (q.mutation() != null) {
                q.mutation().survived().forEach(m -> out.println(id + ": surviving mutant " + m));
            }
            if (q.problem() != null) {
                out.println(id + ": " + q.problem());
            }
        });
    }
}
