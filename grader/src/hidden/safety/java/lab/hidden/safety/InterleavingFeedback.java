package lab.hidden.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Lincheck's failure report (tables of 100+ columns and a detailed trace through the JDK's lock
 * internals: tens of KB) into feedback a student reads in the grader's 800-character field: which
 * promise broke, the interleaving as numbered steps with only what matters (the reads and writes of
 * numbers, lock and unlock, each with the line of the student's code), and what to change. Lincheck's
 * text format is not an API: whatever this cannot parse is passed on shortened rather than dropped.
 */
final class InterleavingFeedback {
    /** The grader cuts feedback at 800 characters (the end, where the advice is): stay below. */
    static final int BUDGET = 780;

    private static final Pattern BROKEN_PROMISE = Pattern.compile("BrokenPromise: (.+)");
    private static final Pattern INTERLEAVING = Pattern.compile("The following interleaving leads to [^\\n]*\\n");
    /** An event of the short table: what happened, then " at Class.method(File.java:line)". */
    private static final Pattern EVENT = Pattern.compile("^(.+?) at [\\w$.<>]+\\(([\\w$]+\\.java:\\d+)\\)$");
    private static final Pattern LOCK_CALL = Pattern.compile("^(\\w+\\.)?(lock|unlock|tryLock|lockInterruptibly)\\(.*");
    /** A read or write of a number ({@code READ: 2}, {@code WRITE(-1)}, {@code balance.READ: 2}); not of an object ({@code READ: ReentrantLock@1}). */
    private static final Pattern NUMBER_ACCESS = Pattern.compile("^(?:([\\w$\\[\\]]+)\\.)?(?:READ: (-?\\d+)|WRITE\\((-?\\d+)\\))$");
    /**
     * The package Lincheck renames its copies of JDK classes into. Its reports of a broken ledger never name it (they
     * show the JDK's names); an error from a copy that failed to link does.
     */
    private static final String COPIED_JDK = "tran$f*rmed.java.";
    /** Lincheck's own copy of {@code java.util.stream}, which does not link on the JDKs this course runs on. */
    private static final String COPIED_STREAMS = COPIED_JDK + "util.stream";
    /** A frame of the student's code in a stack trace. */
    private static final Pattern STUDENT_FRAME = Pattern.compile("at (lab\\.safety\\.[\\w$]+)\\.([\\w$<>]+)\\(([\\w$]+\\.java:\\d+)\\)");

    private InterleavingFeedback() {}

    /** The feedback for Lincheck's report {@code report}, within {@link #BUDGET} characters. */
    static String of(String report) {
        String text = report == null ? "" : report;
        if (text.contains(COPIED_JDK)) {
            return modelCheckerCannotRun(text);
        }
        String broke = brokenPromise(text);
        String advice = advice(broke);
        List<String> steps = steps(text);
        String head = "Lincheck's model checker ran two threads' calls on a ledger opening with balances 2, 2, 0, tried"
                + " the orders in which their steps can interleave, and found one that breaks " + broke + ". The steps:\n";
        if (steps.isEmpty()) {
            String raw = text.strip();
            int room = Math.max(0, BUDGET - head.length() - advice.length() - 2);
            return head + (raw.length() <= room ? raw : raw.substring(0, room)) + "\n" + advice;
        }
        StringBuilder shown = new StringBuilder();
        int room = BUDGET - head.length() - advice.length();
        for (int i = 0; i < steps.size(); i++) {
            String line = (i + 1) + ". " + steps.get(i) + "\n";
            String more = "... (" + (steps.size() - i) + " more steps)\n";
            boolean last = i == steps.size() - 1;
            if (shown.length() + line.length() + (last ? 0 : more.length()) > room) {
                shown.append(more);
                break;
            }
            shown.append(line);
        }
        return head + shown + advice;
    }

    /**
     * Lincheck runs the ledger on its own copies of {@code java.util} and one of them failed to link - its
     * streams always do: a limit of the tool, not a mistake, so the student hears where, and how to get the
     * item checked.
     */
    static String modelCheckerCannotRun(String report) {
        Matcher frame = STUDENT_FRAME.matcher(report);
        String where = frame.find() ? " at " + frame.group(3) + " (in " + frame.group(1).substring("lab.safety.".length())
                + "." + frame.group(2) + ")" : "";
        if (report.contains(COPIED_STREAMS)) {
            return "Lincheck's model checker could not run your ledger: your code uses java.util.stream" + where + ", and"
                    + " the model checker runs code on its own copies of java.util, whose streams do not work (a limit of the"
                    + " tool, not a mistake of yours). Write that stream as a loop (for example over the balances) and this"
                    + " item can check every interleaving of your transfers; no other item is affected.";
        }
        return "Lincheck's model checker could not run your ledger" + (where.isEmpty() ? "" : " (it stopped" + where + ")")
                + ": it runs code on its own copies of the JDK's java.util classes, and the copy of one your code uses did"
                + " not work (a limit of the tool, not a mistake of yours). Ask your instructor to look at this grading;"
                + " the locks and atomics of java.util.concurrent and plain loops over arrays all work. No other item is affected.";
    }

    /** What went wrong, as the ledger's promise that broke. */
    static String brokenPromise(String report) {
        Matcher promise = BROKEN_PROMISE.matcher(report);
        if (promise.find()) {
            return promise.group(1).strip();
        }
        if (report.contains("Invalid execution results")) {
            return "linearizability: the calls returned results that no order of them one at a time gives"
                    + " (a call saw another one half-done)";
        }
        if (report.contains("hung") || report.contains("deadlock")) {
            return "liveness: the threads waited for each other forever";
        }
        return "the ledger: a call failed when run concurrently";
    }

    private static String advice(String broke) {
        if (broke.startsWith("safety")) {
            return "Check the balance under the locks, never before taking them: take both accounts' locks, then read,"
                    + " check and write, and unlock only after both new balances are written.";
        }
        return "Hold the locks of BOTH accounts from the first read of a balance until both new balances are"
                + " written (total() holds every account's lock while it adds up).";
    }

    /**
     * The interleaving table as steps: each step is what one thread did until the other one ran. Within
     * a step, the reads and writes of numbers and the lock calls, each with its line; the other calls
     * (argument checks, records, reads of the lock objects themselves) are left out.
     */
    static List<String> steps(String report) {
        Matcher start = INTERLEAVING.matcher(report);
        if (!start.find()) {
            return List.of();
        }
        List<String> steps = new ArrayList<>();
        Step step = null;
        int separators = 0;
        for (String row : report.substring(start.end()).split("\\R")) {
            if (!row.startsWith("|")) {
                break; // the table has ended
            }
            if (row.startsWith("| -")) {
                separators++;
                continue;
            }
            if (separators != 2) {
                continue; // the header, or what ran after the threads (the check of the promises)
            }
            String[] cells = row.split("\\|", -1);
            for (int thread = 1; thread < cells.length - 1; thread++) {
                String cell = cells[thread];
                if (cell.isBlank()) {
                    continue;
                }
                int depth = (cell.length() - cell.stripLeading().length() - 1) / 2;
                if (step == null || step.thread != thread) {
                    if (step != null) {
                        steps.add(step.toString());
                    }
                    step = new Step(thread);
                }
                step.add(depth, cell.strip());
                break;
            }
        }
        if (step != null) {
            steps.add(step.toString());
        }
        return steps;
    }

    /** What one thread did between two switches. */
    private static final class Step {
        final int thread;
        String operation;
        final List<String> events = new ArrayList<>();

        Step(int thread) {
            this.thread = thread;
        }

        void add(int depth, String event) {
            if (depth == 0) {
                operation = event;
            } else if (depth >= 2) {
                String shown = shown(event);
                if (shown != null) {
                    events.add(shown);
                }
            }
        }

        @Override
        public String toString() {
            String who = "Thread " + thread + (operation == null ? " continues" : " " + operation);
            return events.isEmpty() ? who + " runs start to end" : who + ": " + String.join(", ", events);
        }
    }

    /** The event as the feedback shows it, or null when it is left out. */
    private static String shown(String event) {
        Matcher located = EVENT.matcher(event);
        if (!located.matches()) {
            return null; // "switch" (a new step says it), or a line this does not know
        }
        String what = located.group(1);
        String where = " at " + located.group(2);
        if (LOCK_CALL.matcher(what).matches()) {
            return what + where;
        }
        Matcher access = NUMBER_ACCESS.matcher(what);
        if (!access.matches()) {
            return null;
        }
        String field = access.group(1) == null ? "" : " " + access.group(1);
        return access.group(2) != null ? "read" + field + " " + access.group(2) + where : "wrote" + field + " " + access.group(3) + where;
    }
}
