package lab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import lab.grader.catalogue.TestCase;
import lab.grader.rubric.Kind;
import lab.grader.scoring.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test JVM serves the next assignment only when the last one's tests left nothing running: a student's
 * thread that outlives its assignment must never run during another assignment's tests.
 */
class TestJvmsTest {
    /** Set by {@link Marks#the_next_assignment_runs}; what a leftover thread waits for. */
    static final CountDownLatch NEXT_ASSIGNMENT = new CountDownLatch(1);

    /** An "assignment" whose test leaves a thread behind that ends the JVM once the next assignment runs in it. */
    public static final class LeavesAThreadBehind {
        @Test
        void starts_a_thread_it_never_stops() {
            Thread.ofPlatform().daemon().name("left-behind").start(() -> {
                try {
                    NEXT_ASSIGNMENT.await();
                    Runtime.getRuntime().halt(7);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    /** An "assignment" whose test passes and leaves nothing running. */
    public static final class Marks {
        @Test
        void the_next_assignment_runs() {
            NEXT_ASSIGNMENT.countDown();
        }
    }

    @TempDir
    Path dir;

    private final RunnerSettings settings = new RunnerSettings(Path.of(System.getProperty("java.home"), "bin", "java"),
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList(),
            Duration.ofSeconds(20), RunnerSettings.DEFAULT_JVM_OPTIONS);

    private AssignmentRun run(TestJvms jvms, Class<?> testClass, String method, String name) throws Exception {
        return new AssignmentRunner(settings).run(List.of(new TestCase(testClass.getName(), method, false, Kind.HIDDEN_TEST)),
                jvms, List.of(), dir.resolve(name), Deadline.after(Duration.ofMinutes(2)));
    }

    /** Runs {@link Marks}'s test as the tests of an assignment whose classes are in {@code studentPackages}. */
    private AssignmentRun runMarks(TestJvms jvms, List<String> studentPackages, String name) throws Exception {
        return new AssignmentRunner(settings).run(List.of(new TestCase(Marks.class.getName(), "the_next_assignment_runs", false, Kind.HIDDEN_TEST)),
                jvms, studentPackages, dir.resolve(name), Deadline.after(Duration.ofMinutes(2)));
    }

    @Test
    void a_jvm_whose_tests_left_nothing_running_serves_the_next_assignment() throws Exception {
        try (TestJvms jvms = TestJvms.shared(settings, Isolation.NONE, List.of(), dir)) {
            AssignmentRun first = run(jvms, Marks.class, "the_next_assignment_runs", "first");
            AssignmentRun second = run(jvms, Marks.class, "the_next_assignment_runs", "second");

            assertThat(first.outcomes().values()).allMatch(Outcome.Passed.class::isInstance);
            assertThat(second.outcomes().values()).allMatch(Outcome.Passed.class::isInstance);
            assertThat(first.jvms()).isOne();
            assertThat(second.jvms()).as("JVMs started for the second assignment").isZero();
        }
    }

    @Test
    void a_jvm_whose_tests_left_a_thread_running_is_replaced_before_the_next_assignment() throws Exception {
        try (TestJvms jvms = TestJvms.shared(settings, Isolation.NONE, List.of(), dir)) {
            AssignmentRun first = run(jvms, LeavesAThreadBehind.class, "starts_a_thread_it_never_stops", "first");
            AssignmentRun second = run(jvms, Marks.class, "the_next_assignment_runs", "second");

            assertThat(first.outcomes().values()).allMatch(Outcome.Passed.class::isInstance);
            assertThat(second.outcomes().values())
                    .as("had the second assignment run in the first one's JVM, the thread left behind would have ended it")
                    .allMatch(Outcome.Passed.class::isInstance);
            assertThat(second.jvms()).as("JVMs started for the second assignment").isOne();
        }
    }

    @Test
    void a_jvm_never_runs_the_same_student_packages_twice() throws Exception {
        try (TestJvms jvms = TestJvms.shared(settings, Isolation.NONE, List.of(), dir)) {
            AssignmentRun first = runMarks(jvms, List.of("lab.demo"), "first");
            AssignmentRun again = runMarks(jvms, List.of("lab.demo"), "again");
            AssignmentRun other = runMarks(jvms, List.of("lab.other"), "other");

            assertThat(List.of(first, again, other)).allSatisfy(r -> assertThat(r.outcomes().values()).allMatch(Outcome.Passed.class::isInstance));
            assertThat(again.jvms()).as("a second run of lab.demo's tests gets a JVM that has not loaded lab.demo").isOne();
            assertThat(other.jvms()).as("lab.other takes one of the two idle JVMs").isZero();
            assertThat(jvms.started()).isEqualTo(2);
        }
    }

    @Test
    void a_fresh_source_never_reuses_a_jvm() throws Exception {
        try (TestJvms jvms = TestJvms.fresh(settings, Isolation.NONE, dir.resolve("classes"), dir)) {
            run(jvms, Marks.class, "the_next_assignment_runs", "first");
            AssignmentRun second = run(jvms, Marks.class, "the_next_assignment_runs", "second");

            assertThat(second.outcomes().values()).allMatch(Outcome.Passed.class::isInstance);
            assertThat(second.jvms()).isOne();
        }
    }
}
