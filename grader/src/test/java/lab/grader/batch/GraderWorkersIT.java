package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch's grader JVMs, with the packaged grader.jar: one JVM grades submission after submission, and one
 * that hangs, dies or fails costs only the grade it was working on.
 */
class GraderWorkersIT {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final List<String> THREADS_ONLY = List.of("--assignment", "threads", "--parallel", "1");

    @TempDir
    Path dir;

    private Path reference(String name) throws Exception {
        Path submission = dir.resolve(name);
        BatchIT.submission(submission, BatchIT.ROOT.resolve("reference-solutions/threads"));
        return submission;
    }

    private static GraderWorkers workers(Duration limit) {
        return new GraderWorkers(JAVA, List.of(BatchIT.JAR), THREADS_ONLY, limit);
    }

    /**
     * The batch-worker JVMs this test started: children of this JVM (other ITs may run beside this one, and a
     * batch they start has workers of its own, one generation further down).
     */
    private static List<ProcessHandle> workerJvms() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).contains("batch-worker"))
                .toList();
    }

    @Test
    void one_grader_jvm_grades_one_submission_after_another() throws Exception {
        Path ann = reference("ann");
        Path ben = reference("ben");
        Path empty = Files.createDirectories(dir.resolve("not-a-submission"));
        try (GraderWorkers workers = workers(Duration.ofMinutes(3))) {
            assertThat(workers.grade(ann)).isInstanceOfSatisfying(Grading.Result.Graded.class,
                    g -> assertThat(g.json()).contains("\"score\" : 14"));
            assertThat(workers.grade(empty)).as("a folder the grader rejects leaves its JVM fit for the next")
                    .isInstanceOfSatisfying(Grading.Result.Rejected.class, r -> assertThat(r.message()).contains("is not a submission"));
            assertThat(workers.grade(ben)).isInstanceOfSatisfying(Grading.Result.Graded.class,
                    g -> assertThat(g.json()).contains("\"score\" : 14"));
            assertThat(workers.workersStarted()).isEqualTo(1);
            assertThat(workerJvms()).hasSize(1);
        }
        await("closing ends the idle worker").atMost(Duration.ofSeconds(30)).until(() -> workerJvms().isEmpty());
    }

    @Test
    void a_worker_that_ended_while_idle_is_replaced_before_the_next_submission() throws Exception {
        Path ann = reference("ann");
        Path ben = reference("ben");
        try (GraderWorkers workers = workers(Duration.ofMinutes(3))) {
            assertThat(workers.grade(ann)).isInstanceOf(Grading.Result.Graded.class);
            List<ProcessHandle> idle = workerJvms();
            assertThat(idle).hasSize(1);
            idle.get(0).destroyForcibly();
            idle.get(0).onExit().get(30, TimeUnit.SECONDS);

            assertThat(workers.grade(ben)).as("not recorded as a crash of ben's submission").isInstanceOf(Grading.Result.Graded.class);
            assertThat(workers.workersStarted()).isEqualTo(2);
        }
    }

    @Test
    void a_grading_over_its_limit_is_stopped_with_its_whole_process_tree() throws Exception {
        // a class initialiser that never ends, under a rubric whose tests may run 200 s: the grading runs far
        // beyond the limit, and the limit is long enough for the test JVMs to be running when it strikes
        Path looping = reference("looping");
        BatchIT.copy(BatchIT.ROOT.resolve("grader/fixtures/hostile-static-init-loops/threads"), looping.resolve("threads"));
        String rubric = Files.readString(BatchIT.ROOT.resolve("rubric.yaml"));
        assertThat(rubric).contains("test-timeout: 10s");
        Path patient = Files.writeString(dir.resolve("rubric.yaml"), rubric.replace("test-timeout: 10s", "test-timeout: 200s"));
        List<String> arguments = new ArrayList<>(THREADS_ONLY);
        arguments.addAll(List.of("--rubric", patient.toString()));
        try (GraderWorkers workers = new GraderWorkers(JAVA, List.of(BatchIT.JAR), arguments, Duration.ofSeconds(30))) {
            CompletableFuture<Grading.Result> grading = CompletableFuture.supplyAsync(() -> {
                try {
                    return workers.grade(looping);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // every process of the worker's tree while it grades
            Set<ProcessHandle> tree = ConcurrentHashMap.newKeySet();
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(10)).until(() -> {
                workerJvms().forEach(worker -> {
                    tree.add(worker);
                    worker.descendants().forEach(tree::add);
                });
                return grading.isDone();
            });
            assertThat(grading.get()).isInstanceOf(Grading.Result.TimedOut.class);
            assertThat(tree).as("the worker and the test JVMs it had started").hasSizeGreaterThan(1);
            await("the worker and the test JVMs it had started are killed").atMost(Duration.ofSeconds(30))
                    .until(() -> tree.stream().noneMatch(ProcessHandle::isAlive));
        }
    }

    @Test
    void a_worker_that_dies_costs_only_the_grade_it_was_working_on() throws Exception {
        Path ann = reference("ann");
        Path ben = reference("ben");
        try (GraderWorkers workers = workers(Duration.ofMinutes(3))) {
            CompletableFuture<Grading.Result> dying = CompletableFuture.supplyAsync(() -> {
                try {
                    return workers.grade(ann);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // killed while it grades: once the first test JVM has started under it
            ProcessHandle worker = await().atMost(Duration.ofMinutes(1)).until(
                    () -> workerJvms().stream().filter(w -> w.children().findAny().isPresent()).findFirst(), Optional::isPresent)
                    .orElseThrow();
            worker.destroyForcibly();
            assertThat(dying.get(1, TimeUnit.MINUTES)).isInstanceOf(Grading.Result.Crashed.class);

            assertThat(workers.grade(ben)).as("the next submission gets a fresh grader JVM")
                    .isInstanceOf(Grading.Result.Graded.class);
            assertThat(workers.workersStarted()).isEqualTo(2);
        }
    }
}
