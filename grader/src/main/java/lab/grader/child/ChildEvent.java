package lab.grader.child;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import lab.grader.scoring.CodeLocation;
import lab.grader.scoring.Outcome;

/**
 * One line of the results file: a test {@code started} or {@code finished}, or the request
 * {@code done}. Flat, so the file is easy to read by eye when a grading run needs debugging.
 *
 * @param event     {@code started}, {@code finished}, or {@code done} (the request's last line)
 * @param test      {@code Class#member}
 * @param status    for finished: passed, failed, error, timeout; for done: reusable or spent
 * @param exception the exception's class name, for error
 * @param message   the assertion's or exception's message; for a spent done: why the JVM cannot serve another request
 * @param where     the first frame of student code, may be null
 * @param threads   on timeout: where the student's threads were
 * @param millis    for finished: how long the test took in the child, from its started event (which
 *                  for a class's first test includes the class's set-up, e.g. ArchUnit's class import)
 * @param cpuMillis for finished: the CPU time the test JVM spent meanwhile (all its threads, JIT and GC included)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChildEvent(String event, String test, String status, String exception, String message,
                         CodeLocation where, String threads, Long millis, Long cpuMillis) {
    /**
     * Longest message or thread summary kept. An assertion can quote megabytes (a child's whole output,
     * say); the grader refuses result lines over 256 KiB, and a student reads only the start anyway.
     */
    static final int MAX_TEXT_CHARS = 16 * 1024;

    public ChildEvent {
        message = shortened(message);
        threads = shortened(threads);
    }

    private static String shortened(String text) {
        return text == null || text.length() <= MAX_TEXT_CHARS
                ? text
                : text.substring(0, MAX_TEXT_CHARS) + "... (" + (text.length() - MAX_TEXT_CHARS) + " more characters)";
    }

    public static ChildEvent started(String test) {
        return new ChildEvent("started", test, null, null, null, null, null, null, null);
    }

    /**
     * The last line of a request: the tests are done, and the JVM can serve another request ({@code why}
     * null) or not ({@code why} says what it left behind).
     */
    public static ChildEvent done(String why) {
        return new ChildEvent("done", null, why == null ? "reusable" : "spent", null, why, null, null, null, null);
    }

    @JsonIgnore
    public boolean isDone() {
        return "done".equals(event);
    }

    /** For a done event: whether the JVM may serve another request. */
    @JsonIgnore
    public boolean reusable() {
        return isDone() && "reusable".equals(status);
    }

    /** The event that reports {@code outcome} for {@code test}, which took {@code millis}. */
    public static ChildEvent finished(String test, Outcome outcome, long millis, long cpuMillis) {
        return finished(test, outcome).withTimes(millis, cpuMillis);
    }

    /** The event that reports {@code outcome} for {@code test}, without a duration. */
    public static ChildEvent finished(String test, Outcome outcome) {
        return switch (outcome) {
            case Outcome.Passed p -> new ChildEvent("finished", test, "passed", null, null, null, null, null, null);
            case Outcome.Failed f -> new ChildEvent("finished", test, "failed", null, f.message(), f.where(), null, null, null);
            case Outcome.Threw t -> new ChildEvent("finished", test, "error", t.exceptionType(), t.message(), t.where(), null, null, null);
            case Outcome.TimedOut t -> new ChildEvent("finished", test, "timeout", null, t.reason(), null, t.threads(), null, null);
            case Outcome.DidNotRun d -> new ChildEvent("finished", test, "error", null, d.reason(), null, null, null, null);
            case Outcome.JvmStopped j -> throw new IllegalArgumentException("only the grader sees a JVM stop");
            case Outcome.NotCompiled n -> throw new IllegalArgumentException("a child runs compiled code only");
        };
    }

    private ChildEvent withTimes(long took, long cpu) {
        return new ChildEvent(event, test, status, exception, message, where, threads, took, cpu);
    }

    /** How long the test took, zero when the event does not say. */
    @JsonIgnore
    public java.time.Duration duration() {
        return java.time.Duration.ofMillis(millis == null ? 0 : millis);
    }

    /**
     * How long the test JVM sat waiting during the test: its duration less the CPU time the JVM spent
     * meanwhile (never below zero). Work done in processes the test started counts as waiting.
     */
    @JsonIgnore
    public java.time.Duration waited() {
        long wall = millis == null ? 0 : millis;
        long cpu = cpuMillis == null ? wall : cpuMillis;
        return java.time.Duration.ofMillis(Math.max(0, wall - cpu));
    }

    @JsonIgnore
    public boolean isStarted() {
        return "started".equals(event);
    }

    /** The outcome a finished event reports. */
    @JsonIgnore
    public Outcome outcome() {
        return switch (status == null ? "" : status) {
            case "passed" -> new Outcome.Passed();
            case "failed" -> new Outcome.Failed(message, where);
            case "timeout" -> new Outcome.TimedOut(message, threads);
            case "error" -> exception == null ? new Outcome.DidNotRun(message) : new Outcome.Threw(exception, message, where);
            default -> new Outcome.DidNotRun("the grader could not read this test's result (" + status + ")");
        };
    }
}
