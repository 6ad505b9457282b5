package lab.grader.run;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import lab.grader.compile.CompileResult;
import lab.grader.compile.SubmissionCompiler;
import lab.grader.plan.GradingPlan;
import lab.grader.plan.PlannedAssignment;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.Outcome;
import lab.grader.scoring.Scorer;

/** Grades a submission: compiles and runs each assignment on its own, then scores. */
public final class SubmissionGrader {
    private final SubmissionCompiler compiler;
    private final RunnerSettings settings;
    private final Isolation isolation;

    public SubmissionGrader(SubmissionCompiler compiler, RunnerSettings settings) {
        this(compiler, settings, Isolation.detect());
    }

    public SubmissionGrader(SubmissionCompiler compiler, RunnerSettings settings, Isolation isolation) {
        this.compiler = compiler;
        this.settings = settings;
        this.isolation = isolation;
    }

    /** Grades {@code submission} by {@code plan}; the work directory is gone when this returns. */
    public GradeResult grade(Path submission, GradingPlan plan) throws IOException, InterruptedException {
        Deadline deadline = Deadline.after(plan.rubric().defaults().submissionTimeout());
        Path workDir = Files.createTempDirectory("grader-");
        try {
            if (isolation.ownUser()) {
                // children run as users of their own: they must reach their folders (each child's is its own)
                Files.setPosixFilePermissions(workDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Map<String, Outcome> outcomes = new HashMap<>();
            for (PlannedAssignment assignment : plan.assignments()) {
                Path dir = workDir.resolve(assignment.id());
                switch (compiler.compile(submission, assignment.id(), dir.resolve("classes"))) {
                    case CompileResult.NotCompiled n -> assignment.tests()
                            .forEach(t -> outcomes.put(t.key(), new Outcome.NotCompiled(n.feedback())));
                    case CompileResult.Compiled c -> outcomes.putAll(new AssignmentRunner(settings, isolation)
                            .run(assignment.tests(), c.classesDir(), c.studentPackages(), dir.resolve("run"), deadline));
                }
            }
            return Scorer.score(plan, outcomes).withIsolation(isolation.measures());
        } finally {
            deleteRecursively(workDir);
        }
    }


    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
