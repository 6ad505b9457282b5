package lab.grader.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.measure.JvmProcess;

/**
 * What the hidden tests achieve against each reference solution, measured by the reference module's
 * Maven build with the {@code audit} profile (reference-solutions/pom.xml): JaCoCo line and branch
 * coverage by the hidden tests and rules alone, and PIT's mutants they fail to kill.
 */
final class ReferenceQuality {
    private static final Duration MODULE_LIMIT = Duration.ofMinutes(30);
    /** Where the audit profile has JaCoCo and PIT write, inside each reference module. */
    static final String COVERAGE_REPORT = "target/site/jacoco/jacoco.xml";
    static final String MUTATION_REPORT = "target/pit-reports/mutations.xml";

    /**
     * @param coverage null when not measured
     * @param mutation null when not measured
     * @param problem  why a measurement is missing, or null
     */
    record Result(XmlReports.Coverage coverage, XmlReports.Mutation mutation, String problem) {
    }

    private ReferenceQuality() {}

    /** One Maven build of every audited reference module (a reactor shares the kit), then each module's reports. */
    static Map<String, Result> measure(Path course, List<String> ids, boolean coverage, boolean mutation, PrintWriter out)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-Paudit",
                "-Daudit.jdk=" + System.getProperty("java.home"),
                "-pl", String.join(",", ids.stream().map(id -> "reference-solutions/" + id).toList()), "-am", "verify"));
        if (!mutation) {
            command.add("-Dpit.skip=true");
        }
        if (!coverage) {
            command.add("-Djacoco.skip=true");
        }
        JvmProcess.Result build = JvmProcess.run(command, course, MODULE_LIMIT.multipliedBy(ids.size()));
        String problem = build.exitCode() == 0 ? null
                : "the audit build failed (exit " + build.exitCode() + "): " + build.stdout().lines()
                        .filter(l -> l.contains("ERROR")).limit(8).reduce("", (x, y) -> x + "\n" + y) + "\n" + build.tail();
        out.printf("  %s in %.0f s%s%n", String.join(" ", command), build.wall().toMillis() / 1000.0,
                problem == null ? "" : "\n  " + problem);
        out.flush();
        Map<String, Result> results = new LinkedHashMap<>();
        for (String id : ids) {
            Path module = course.resolve("reference-solutions").resolve(id).toAbsolutePath();
            XmlReports.Coverage covered = coverage ? read(module.resolve(COVERAGE_REPORT)) : null;
            XmlReports.Mutation mutants = mutation ? readMutation(module.resolve(MUTATION_REPORT)) : null;
            String missing = (coverage && covered == null ? " no " + COVERAGE_REPORT : "") + (mutation && mutants == null ? " no " + MUTATION_REPORT : "");
            results.put(id, new Result(covered, mutants, missing.isEmpty() ? null : "missing report:" + missing));
        }
        return results;
    }

    private static XmlReports.Coverage read(Path file) throws IOException {
        return Files.isRegularFile(file) ? XmlReports.coverage(file) : null;
    }

    private static XmlReports.Mutation readMutation(Path file) throws IOException {
        return Files.isRegularFile(file) ? XmlReports.mutation(file) : null;
    }

    /** The per-assignment part of the audit's JSON. */
    static Map<String, Object> figures(Map<String, Result> results) {
        Map<String, Object> figures = new LinkedHashMap<>();
        results.forEach((id, r) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            if (r.coverage() != null) {
                f.put("line_percent", Math.round(r.coverage().linePercent() * 10) / 10.0);
                f.put("branch_percent", Math.round(r.coverage().branchPercent() * 10) / 10.0);
                f.put("uncovered_lines", r.coverage().uncovered());
                f.put("partly_covered_lines", r.coverage().partial());
            }
            if (r.mutation() != null) {
                f.put("mutants", r.mutation().total());
                f.put("killed", r.mutation().killed());
                f.put("mutation_score_percent", Math.round(r.mutation().score() * 10) / 10.0);
                f.put("surviving", r.mutation().survived().stream().map(XmlReports.Mutant::toString).toList());
            }
            if (r.problem() != null) {
                f.put("problem", r.problem());
            }
            figures.put(id, f);
        });
        return figures;
    }
}
