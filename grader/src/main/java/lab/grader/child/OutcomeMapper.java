package lab.grader.child;

import java.util.concurrent.TimeoutException;
import lab.grader.scoring.Outcome;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Maps JUnit's result of a test to an {@link Outcome}: an AssertionError failed the test, JUnit's
 * own timeout timed it out, anything else is an error.
 */
final class OutcomeMapper {
    private final StudentFrames frames;
    private final String testTimeout;

    OutcomeMapper(StudentFrames frames, String testTimeout) {
        this.frames = frames;
        this.testTimeout = testTimeout;
    }

    Outcome map(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> new Outcome.Passed();
            case ABORTED -> new Outcome.DidNotRun("the test was aborted: "
                    + result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
            case FAILED -> result.getThrowable().map(this::map)
                    .orElse(new Outcome.DidNotRun("the test failed without saying why"));
        };
    }

    Outcome map(Throwable t) {
        Throwable notImplemented = notImplemented(t);
        if (notImplemented != null) {
            return threw(notImplemented);
        }
        if (isJUnitTimeout(t)) {
            return new Outcome.TimedOut(lab.grader.scoring.Feedback.testTimedOut(testTimeout), frames.threadSummary(10, 3));
        }
        if (t instanceof AssertionError) {
            return new Outcome.Failed(t.getMessage(), frames.firstIn(t).orElse(null));
        }
        return threw(t);
    }

    private Outcome threw(Throwable t) {
        return new Outcome.Threw(t.getClass().getName(), t.getMessage(), frames.firstIn(t).orElse(null));
    }

    static boolean isJUnitTimeout(Throwable t) {
        return t instanceof TimeoutException && t.getMessage() != null && t.getMessage().contains("timed out after");
    }

    /** A skeleton's "not implemented yet" anywhere in the causes says more than the wrapper. */
    private static Throwable notImplemented(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UnsupportedOperationException && c.getMessage() != null && c.getMessage().contains("not implemented yet")) {
                return c;
            }
        }
        return null;
    }
}
