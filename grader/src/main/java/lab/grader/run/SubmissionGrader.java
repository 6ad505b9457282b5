package lab.grader.run;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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

/**
 * Grades a submission: compiles every assignment, runs each assignment's tests (several assignments'
 * one after the other in a shared test JVM where their tests leave nothing behind), then scores.
 */
public final class SubmissionGrader {
    private final SubmissionCompiler compiler;
    private final RunnerSettings settings;
    private final Isolation isolation;
    private final int parallelism;

    public SubmissionGrader(SubmissionCompiler compiler, RunnerSettings settings) {
        this(compiler, settings, Isolation.detect(), 1);
    }

    /**
     * @param parallelism how many assignments' tests run at once, each in a JVM of its own: they cannot
     *     see each other, but they share the machine's cores
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
            // the shared test JVMs start at once, with every assignment's (still empty) classes folder on their class
            // path, and are ready by the time compiling is done
            Map<PlannedAssignment, Path> classDirs = new LinkedHashMap<>();
            for (PlannedAssignment assignment : plan.assignments()) {
                classDirs.put(assignment, Files.createDirectories(workDir.resolve(assignment.id()).resolve("classes")));
            }
            try (TestJvms shared = TestJvms.shared(settings, isolation, List.copyOf(classDirs.values()), workDir)) {
                shared.prestart(Math.min(parallelism, plan.assignments().size()));
                Map<PlannedAssignment, CompileResult.Compiled> compiled = new LinkedHashMap<>();
                // compiling is quick and in-process: every assignment first, so that it is known which share packages
                for (PlannedAssignment assignment : plan.assignments()) {
                    long compileStart = System.nanoTime();
                    CompileResult result = compiler.compile(submission, assignment.id(), classDirs.get(assignment));
                    Duration compile = Duration.ofNanos(System.nanoTime() - compileStart);
                    timings.put(assignment.id(), PhaseTimes.compileOnly(compile));
                    switch (result) {
                        case CompileResult.NotCompiled n -> {
                            assignment.tests().forEach(t -> outcomes.put(t.key(), List.of(new Outcome.NotCompiled(n.feedback()))));
                            // what javac wrote before it gave up must not be found by the shared JVMs
                            deleteRecursively(classDirs.get(assignment));
                        }
                        case CompileResult.Compiled c -> compiled.put(assignment, c);
                    }
                }
                List<PlannedAssignment> sharing = ownPackages(compiled);
                List<Future<Void>> runs = new ArrayList<>();
                try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
                    longestFirst(compiled).forEach((assignment, c) -> {
                        Path dir = workDir.resolve(assignment.id());
                        TestJvms source = sharing.contains(assignment) ? shared
                                : TestJvms.fresh(settings, isolation, c.classesDir(), dir);
                        var repeated = new RepeatedRuns(new AssignmentRunner(settings), assignment, source, c.studentPackages(),
                                dir, deadline, timings.get(assignment.id()).compile());
                        CompletableFuture<RepeatedRuns.Result> done = new CompletableFuture<>();
                        runs.add(done.thenAccept(result -> {
                            outcomes.putAll(result.runs());
                            testTimes.putAll(result.testTimes());
                            timings.put(assignment.id(), result.phases());
                        }));
                        runInTurn(pool, repeated, done);
                    });
                    awaitAll(runs);
                }
            }
            return Scorer.scoreRuns(plan, outcomes, testTimes).withIsolation(isolation.measures()).withTimings(timings);
        } finally {
            deleteRecursively(workDir);
        }
    }


    /**
     * Runs an assignment's next run of tests in the pool. A further run (an item that repeats) goes to the END
     * of the pool's queue: the other assignments' first runs come before it, and afterwards a JVM that has not
     * run this assignment is usually idle, so the further run starts none.
     */
    private static void runInTurn(ExecutorService pool, RepeatedRuns repeated, CompletableFuture<RepeatedRuns.Result> done) {
        pool.execute(() -> {
            try {
                if (repeated.runNext()) {
                    runInTurn(pool, repeated, done);
                } else {
                    done.complete(repeated.result());
                }
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
    }

    /**
     * The assignments in the order their tests start: the longest ({@code expected-duration} in the rubric)
     * first, so that two lanes end at about the same time instead of one waiting for a long last assignment;
     * else in rubric order.
     */
    private static Map<PlannedAssignment, CompileResult.Compiled> longestFirst(Map<PlannedAssignment, CompileResult.Compiled> compiled) {
        Map<PlannedAssignment, CompileResult.Compiled> ordered = new LinkedHashMap<>();
        compiled.keySet().stream()
                .sorted(java.util.Comparator.comparing((PlannedAssignment a) -> a.assignment().expectedDuration()).reversed())
                .forEach(a -> ordered.put(a, compiled.get(a)));
        return ordered;
    }

    /**
     * The assignments whose classes are in packages of their own: a JVM with every one of them on its class
     * path still loads each assignment's classes from its own folder. Two assignments that share a package
     * (a helper class both put in {@code lab.util}, say) get JVMs of their own.
     */
    private static List<PlannedAssignment> ownPackages(Map<PlannedAssignment, CompileResult.Compiled> compiled) {
        Map<String, Integer> users = new HashMap<>();
        compiled.values().forEach(c -> c.studentPackages().stream().distinct().forEach(p -> users.merge(p, 1, Integer::sum)));
        return compiled.entrySet().stream()
                .filter(e -> e.getValue().studentPackages().stream().allMatch(p -> users.get(p) == 1))
                .map(Map.Entry::getKey).toList();
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
