package lab.grader.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import lab.grader.cli.GraderEnvironment;
import lab.grader.plan.GradingPlan;
import lab.grader.plan.PlannedAssignment;
import lab.grader.plan.RubricValidator;
import lab.grader.report.JsonReport;
import lab.grader.rubric.InvalidRubricException;
import lab.grader.rubric.RubricError;
import lab.grader.rubric.RubricLoader;
import lab.grader.scoring.Scorer;

/**
 * The rubric and assignments a batch grades with, checked once before any submission is graded.
 *
 * @param rubricText what the hash of each submission includes, so a changed rubric grades again
 */
record GradingSetup(GradingPlan plan, String rubricText) {

    /** The plan, or null after printing why to {@code err}. */
    static GradingSetup load(Path rubricFile, List<String> assignments, GraderEnvironment environment, PrintWriter err)
            throws IOException {
        String text;
        if (rubricFile != null) {
            if (!Files.isRegularFile(rubricFile)) {
                err.println(rubricFile + " is not a file: pass the rubric.yaml to grade with");
                return null;
            }
            text = Files.readString(rubricFile, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = RubricLoader.class.getResourceAsStream("/rubric.yaml")) {
                if (in == null) {
                    err.println("no rubric is embedded in this grader: pass one with --rubric FILE");
                    return null;
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        GradingPlan plan;
        try {
            plan = RubricValidator.plan(RubricLoader.parse(rubricFile == null ? "rubric.yaml" : rubricFile.getFileName().toString(), text),
                    environment.catalogue().get());
        } catch (InvalidRubricException e) {
            err.println("The rubric is not valid; nothing was graded. Fix these " + e.errors().size() + " problem(s):");
            e.errors().stream().map(RubricError::toString).forEach(err::println);
            return null;
        }
        for (String id : assignments) {
            if (plan.assignment(id).isEmpty()) {
                err.println("unknown assignment '" + id + "': the rubric has "
                        + plan.assignments().stream().map(PlannedAssignment::id).collect(Collectors.joining(", ")));
                return null;
            }
        }
        return new GradingSetup(plan.only(assignments), text);
    }

    List<String> assignmentIds() {
        return plan.assignments().stream().map(PlannedAssignment::id).toList();
    }

    /** The grade JSON with every item at 0 points and {@code reason} as its feedback. */
    String unscored(String reason) {
        return JsonReport.render(Scorer.unscored(plan, reason));
    }

    /** Rubric, assignments and the grader's own build: a change to any of them grades every submission again. */
    String hashInput(List<Path> graderClassPath) throws IOException {
        StringBuilder input = new StringBuilder(rubricText).append('\0').append(String.join(",", assignmentIds())).append('\0');
        for (Path p : graderClassPath) {
            if (Files.isRegularFile(p)) {
                input.append(sha256(Files.readAllBytes(p)));
            }
        }
        return input.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
