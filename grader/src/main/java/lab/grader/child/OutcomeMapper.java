package lab.grader.child;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.grader.rubric.Durations;
import lab.grader.scoring.Outcome;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Maps JUnit's result of a test to an {@link Outcome}: an AssertionError failed the test, JUnit's
 * own timeout timed it out, anything else is an error.
 */
final class OutcomeMapper {
    private static final Pattern APPLIED_TIMEOUT =
            Pattern.compile("timed out after (\\d{1,12}) (nanosecond|microsecond|millisecond|second|minute|hour|day)s?\\b");
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
            return new Outcome.TimedOut(lab.grader.scoring.Feedback.testTimedOut(appliedTimeout(t.getMessage())), frames.threadSummary(10, 3));
        }
        if (t instanceof AssertionError) {
            return new Outcome.Failed(t.getMessage(), frames.firstIn(t).orElse(null));
        }
        return threw(t);
    }

    private Outcome threw(Throwable t) {
        return new Outcome.Threw(t.getClass().getName(), t.getMessage(), frames.firstIn(t).orElse(null));
    }

    /**
     * The timeout JUnit applied, from its message ("m() timed out after 20 seconds"): a test's own
     * {@code @Timeout} may be longer than the rubric's, and the student should read the one that ended it.
     */
    String appliedTimeout(String message) {
        Matcher applied = APPLIED_TIMEOUT.matcher(message);
        if (!applied.find()) {
            return testTimeout;
        }
        TimeUnit unit = TimeUnit.valueOf(applied.group(2).toUpperCase(Locale.ROOT) + "S");
        return Durations.format(Duration.of(Long.parseLong(applied.group(1)), unit.toChronoUnit()));
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
