package lab.grader.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import lab.grader.scoring.Outcome;
import lab.grader.scoring.Status;
import org.junit.jupiter.api.Test;

class OutcomeMapperTest {
    final OutcomeMapper mapper = new OutcomeMapper(new StudentFrames(List.of("lab.threads"), Set.of("lab.threads.LauncherPublicTest")), "10 s");

    @Test
    void an_assertion_error_is_a_failure() {
        assertThat(mapper.map(new AssertionError("expected 3")).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void junits_own_timeout_is_a_timeout() {
        assertThat(mapper.map(new TimeoutException("m() timed out after 10 seconds")).status()).isEqualTo(Status.TIMEOUT);
    }

    @Test
    void a_timeout_names_the_limit_junit_applied_not_the_rubrics_default() {
        Outcome ownTimeout = mapper.map(new TimeoutException("m() timed out after 20 seconds"));
        Outcome oneSecond = mapper.map(new TimeoutException("m() timed out after 1 second"));
        Outcome millis = mapper.map(new TimeoutException("m() timed out after 1500 milliseconds"));

        assertThat(ownTimeout).isInstanceOfSatisfying(Outcome.TimedOut.class, o -> assertThat(o.reason()).startsWith("did not finish within 20 s:"));
        assertThat(oneSecond).isInstanceOfSatisfying(Outcome.TimedOut.class, o -> assertThat(o.reason()).startsWith("did not finish within 1 s:"));
        assertThat(millis).isInstanceOfSatisfying(Outcome.TimedOut.class, o -> assertThat(o.reason()).startsWith("did not finish within 1500 ms:"));
    }

    @Test
    void any_other_exception_is_an_error_located_in_student_code() {
        IllegalStateException boom = new IllegalStateException("boom");
        boom.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 1),
                new StackTraceElement("lab.threads.LauncherPublicTest", "works", "LauncherPublicTest.java", 2),
                new StackTraceElement("lab.threads.Launcher", "start", "Launcher.java", 12)});
        Outcome outcome = mapper.map(boom);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Threw.class, t -> {
            assertThat(t.exceptionType()).isEqualTo("java.lang.IllegalStateException");
            // the first frame in the student's package that is not a test class
            assertThat(t.where().fileAndLine()).isEqualTo("(Launcher.java:12)");
        });
    }

    @Test
    void not_implemented_yet_wins_over_the_exception_that_wraps_it() {
        Outcome outcome = mapper.map(new AssertionError("wrapped", new UnsupportedOperationException("x: not implemented yet")));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Threw.class,
                t -> assertThat(t.exceptionType()).isEqualTo(UnsupportedOperationException.class.getName()));
    }

    @Test
    void events_round_trip_their_outcome() {
        Outcome failed = new Outcome.Failed("no", null);
        assertThat(ChildEvent.finished("a.B#c", failed).outcome()).isEqualTo(failed);
    }
}
