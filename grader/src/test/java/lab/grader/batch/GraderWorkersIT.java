package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

    /** The batch-worker JVMs among this test JVM's descendants. */
    private static List<ProcessHandle> workerJvms() {
        return ProcessHandle.current().descendants()
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
    void a_grading_over_its_limit_is_stopped_with_its_whole_process_tree() throws Exception {
        Path ann = reference("ann");
        try (GraderWorkers workers = workers(Duration.ofSeconds(1))) {
            assertThat(workers.grade(ann)).isInstanceOf(Grading.Result.TimedOut.class);
            await("the worker and the test JVMs it had started are killed").atMost(Duration.ofSeconds(30))
                    .until(() -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
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
