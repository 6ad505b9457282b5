package lab.grader.run;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lab.grader.compile.CompileResult;
import lab.grader.compile.SubmissionCompiler;
import lab.grader.plan.GradingPlan;
import lab.grader.plan.PlannedAssignment;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.Outcome;
import lab.grader.scoring.Scorer;
import lab.grader.timing.PhaseTimes;

/** Grades a submission: compiles and runs each assignment on its own, then scores. */
public final class SubmissionGrader {
    private final SubmissionCompiler compiler;
    private final RunnerSettings settings;
    private final Isolation isolation;
    private final int parallelism;

    public SubmissionGrader(SubmissionCompiler compiler, RunnerSettings settings) {
        this(compiler, settings, Isolation.detect(), 1);
    }

    /**
     * @param parallelism how many assignments' test JVMs run at once; each assignment has a JVM of
     *     its own, so they cannot see each other, but they share the machine's cores
     */
    public SubmissionGrader(SubmissionCompiler compiler, RunnerSettings settings, Isolation isolation, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        this.compiler = compiler;
        this.settings = settings;
        this.isolation = isolation;
        this.parallelism = parallelism;
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
            Map<String, List<Outcome>> outcomes = new ConcurrentHashMap<>();
            Map<String, Duration> testTimes = new ConcurrentHashMap<>();
            Map<String, PhaseTimes> timings = new ConcurrentHashMap<>();
            List<Future<Void>> runs = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
                // compiling is quick and in-process, one assignment after the other; each starts its tests
                // as soon as it has compiled, while the next one compiles
                for (PlannedAssignment assignment : plan.assignments()) {
                    Path dir = workDir.resolve(assignment.id());
                    long compileStart = System.nanoTime();
                    CompileResult compiled = compiler.compile(submission, assignment.id(), dir.resolve("classes"));
                    Duration compile = Duration.ofNanos(System.nanoTime() - compileStart);
                    switch (compiled) {
                        case CompileResult.NotCompiled n -> {
                            assignment.tests().forEach(t -> outcomes.put(t.key(), List.of(new Outcome.NotCompiled(n.feedback()))));
                            timings.put(assignment.id(), PhaseTimes.compileOnly(compile));
                        }
                        case CompileResult.Compiled c -> runs.add(pool.submit(() -> {
                            RepeatedRuns.Result result = RepeatedRuns.run(new AssignmentRunner(settings, isolation), assignment,
                                    c.classesDir(), c.studentPackages(), dir, deadline, compile);
                            outcomes.putAll(result.runs());
                            testTimes.putAll(result.testTimes());
                            timings.put(assignment.id(), result.phases());
                            return null;
                        }));
                    }
                }
                awaitAll(runs);
            }
            return Scorer.scoreRuns(plan, outcomes, testTimes).withIsolation(isolation.measures()).withTimings(timings);
        } finally {
            deleteRecursively(workDir);
        }
    }


    private static void awaitAll(List<Future<Void>> runs) throws IOException, InterruptedException {
        for (Future<Void> run : runs) {
            try {
                run.get();
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case IOException io -> throw io;
                    case InterruptedException ie -> throw ie;
                    case RuntimeException re -> throw re;
                    case Error error -> throw error;
                    default -> throw new IOException(e.getCause());
                }
            }
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
