package lab.grader.scoring;

import java.util.Arrays;
import java.util.stream.Collectors;
import lab.grader.rubric.Kind;

/** Every student-facing sentence the grader itself writes (tests and rules write their own). */
public final class Feedback {
    static final int MAX_CHARS = 800;
    static final int RULE_VIOLATIONS_SHOWN = 5;

    private Feedback() {}

    /** What the student reads about one test that did not pass. */
    public static String of(Outcome outcome, Kind kind) {
        String text = switch (outcome) {
            case Outcome.Passed p -> "";
            case Outcome.Failed f when kind == Kind.RULE -> ruleText(f.message());
            case Outcome.Failed f -> orDefault(f.message(), "a check failed without a message")
                    + (f.where() == null ? "" : " " + f.where().fileAndLine());
            case Outcome.Threw t when isNotImplemented(t) -> "Not implemented yet: "
                    + (t.where() == null ? "a method" : t.where().classAndMethod())
                    + " threw UnsupportedOperationException"
                    + (t.where() == null ? "" : " " + t.where().fileAndLine())
                    + ": implement it as the README describes";
            case Outcome.Threw t -> "your code threw " + simpleName(t.exceptionType())
                    + (t.message() == null || t.message().isBlank() ? "" : ": " + t.message())
                    + (t.where() == null ? "" : " at " + t.where().fileAndLine())
                    + hint(t.exceptionType());
            case Outcome.TimedOut t -> t.reason()
                    + (t.threads() == null || t.threads().isBlank() ? "" : "\nyour threads at that moment:\n" + t.threads());
            case Outcome.JvmStopped j -> "the test JVM stopped while this test ran (exit code " + j.exitCode()
                    + "): your code must not call System.exit or Runtime.halt";
            case Outcome.DidNotRun d -> d.reason();
            case Outcome.NotCompiled n -> n.feedback();
        };
        return cap(text);
    }

    /** Why a test that JUnit stopped after its timeout did not finish. */
    public static String testTimedOut(String duration) {
        return "did not finish within " + duration
                + ": look for a loop that never ends, a join or wait without an end, or a deadlock";
    }

    /** Why a test the watchdog stopped did not finish. */
    public static String testKilled(String duration) {
        return "stopped by the grader after " + duration
                + " without a result: look for code that never ends and ignores interruption";
    }

    /** Why a test during which the test JVM wrote too much output did not finish. */
    /** Why a test JVM that the kernel killed at the memory cap stopped. */
    public static String memoryCap(long megabytes) {
        return "stopped: your code and the processes it started used more than " + megabytes + " MB of memory together,"
                + " and the operating system killed the test; look for data that grows without end, or processes"
                + " started in a loop";
    }

    public static String outputFlood(long megabytes) {
        return "stopped: your code wrote more than " + megabytes + " MB to System.out or System.err while this test ran;"
                + " remove prints from loops (the grader keeps only the first 64 KiB of output)";
    }

    /** Why a test did not run at all once the submission's time was up. */
    public static String notRunOutOfTime(long seconds) {
        return "not run: the submission used up its " + seconds + " s time limit";
    }

    /** Why a test still running when the submission's time was up did not finish. */
    public static String stoppedOutOfTime(long seconds) {
        return "stopped: the submission used up its " + seconds + " s time limit while this test ran";
    }

    /** Why every item of an assignment whose folder is missing scores nothing. */
    public static String folderMissing(String id) {
        return "folder " + id + "/ was not found in your submission";
    }

    /** Why every item of an assignment that did not compile scores nothing. */
    public static String compileFailed(String compilerMessages) {
        return "your code does not compile, so none of this assignment could be tested:\n" + compilerMessages;
    }

    /** What an exception of the JVM's own limits means for a student. */
    private static String hint(String exceptionType) {
        if (exceptionType.equals(OutOfMemoryError.class.getName())) {
            return ": the test JVM has 512 MB of heap and at most 1024 threads and processes;"
                    + " look for a collection that only grows, or threads or processes started in a loop";
        }
        if (exceptionType.equals(StackOverflowError.class.getName())) {
            return ": look for a recursion without an end";
        }
        return "";
    }

    private static boolean isNotImplemented(Outcome.Threw t) {
        return t.exceptionType().equals(UnsupportedOperationException.class.getName())
                && t.message() != null && t.message().contains("not implemented yet");
    }

    /** ArchUnit's first line names the rule and its reason; then the first few violations. */
    private static String ruleText(String message) {
        if (message == null) {
            return "the rule was violated";
        }
        String[] lines = message.split("\\R");
        String shown = Arrays.stream(lines).limit(1 + RULE_VIOLATIONS_SHOWN).collect(Collectors.joining("\n"));
        int hidden = lines.length - 1 - RULE_VIOLATIONS_SHOWN;
        return hidden > 0 ? shown + "\n... and " + hidden + " more" : shown;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String orDefault(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    /**
     * What a student reads about an item that runs its tests several times: concurrency bugs show up in
     * some runs only, so one passing run proves little.
     */
    static String repeatedRuns(int passed, int ran, int runs, int needed) {
        if (passed == 0 && ran <= 1) {
            return ""; // failed at once, the rest skipped: the failure says it all
        }
        String share = "Passed " + passed + " of " + ran + " runs (each with your classes loaded afresh; " + needed + " of " + runs + " must pass"
                + (ran < runs ? ", so the other runs were skipped)." : ").");
        if (passed == 0) {
            return share;
        }
        String race = " A result that changes from run to run is the mark of a race condition: look for shared state "
                + "that two threads reach without holding the same lock. A failing run said:";
        return passed >= needed ? share + " Enough for the points this time." + race : share + race;
    }

    static String cap(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 3) + "...";
    }
}
