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

    /**
     * @param coverage null when not measured
     * @param mutation null when not measured
     * @param problem  why a measurement is missing, or null
     */
    record Result(XmlReports.Coverage coverage, XmlReports.Mutation mutation, Duration took, String problem) {
    }

    private ReferenceQuality() {}

    static Map<String, Result> measure(Path course, List<String> ids, boolean coverage, boolean mutation, PrintWriter out)
            throws IOException, InterruptedException {
        Map<String, Result> results = new LinkedHashMap<>();
        for (String id : ids) {
            Path module = course.resolve("reference-solutions").resolve(id).toAbsolutePath();
            List<String> command = new ArrayList<>(List.of("mvn", "-o", "-B", "-q", "-Paudit",
                    "-Daudit.jdk=" + System.getProperty("java.home"), "-pl", "reference-solutions/" + id, "-am", "verify",
                    "-Dsurefire.failIfNoSpecifiedTests=false"));
            if (!mutation) {
                command.add("-Dpit.skip=true");
            }
            if (!coverage) {
                command.add("-Djacoco.skip=true");
            }
            JvmProcess.Result build = JvmProcess.run(command, course, MODULE_LIMIT);
            String problem = build.exitCode() == 0 ? null
                    : "the audit build failed (exit " + build.exitCode() + "): " + build.tail() + build.stdout().lines()
                            .filter(l -> l.contains("ERROR")).limit(5).reduce("", (a, b) -> a + "\n" + b);
            XmlReports.Coverage covered = coverage ? read(module.resolve("target/site/jacoco-audit/jacoco.xml"), true) : null;
            XmlReports.Mutation mutants = mutation ? readMutation(module.resolve("target/pit-reports/mutations.xml")) : null;
            results.put(id, new Result(covered, mutants, build.wall(), problem));
            out.printf("  %s: %.0f s%s%n", id, build.wall().toMillis() / 1000.0, problem == null ? "" : "  " + problem.lines().findFirst().orElse(""));
            out.flush();
        }
        return results;
    }

    private static XmlReports.Coverage read(Path file, boolean coverage) throws IOException {
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
            f.put("build_s", r.took().toMillis() / 1000.0);
            if (r.problem() != null) {
                f.put("problem", r.problem());
            }
            figures.put(id, f);
        });
        return figures;
    }
}
