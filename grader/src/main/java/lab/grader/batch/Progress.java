package lab.grader.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the batch shows while it runs: a redrawn bar with the ETA and the submissions being graded
 * on a terminal, one plain line per event in a log (CI). The ETA is the work left divided by the jobs:
 * the mean time that grading one submission took in this run (from its start to its end) for each one not
 * started yet, and what that mean leaves of each one being graded. (The run's elapsed time per finished
 * submission already has the jobs working side by side in it, so dividing that by the jobs counted them
 * twice; and without the credit for the ones in flight, the first estimates were too long.)
 */
abstract sealed class Progress permits Progress.Bar, Progress.Lines {
    private static final int BAR_WIDTH = 30;
    final PrintWriter out;
    private final int total;
    private final int jobs;
    private final LongSupplier nanoClock;
    private final long start;
    private final Map<String, Long> startedAt = new HashMap<>();
    private int done;
    private int graded;
    private long gradingNanos;

    Progress(PrintWriter out, int total, int jobs, LongSupplier nanoClock) {
        this.out = out;
        this.total = total;
        this.jobs = Math.max(1, jobs);
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /** A bar when {@code terminal}, else plain lines. */
    static Progress of(boolean terminal, PrintWriter out, int total, int jobs) {
        return terminal ? new Bar(out, total, jobs, System::nanoTime) : new Lines(out, total, jobs, System::nanoTime);
    }

    synchronized void started(String submission) {
        startedAt.put(submission, nanoClock.getAsLong());
        show("grading " + submission);
    }

    /** A submission resume skipped: it counts as done but not into the ETA. */
    synchronized void skipped(String submission) {
        done++;
        show("unchanged, kept its result: " + submission);
    }

    synchronized void finished(String submission, String outcome) {
        long startedNanos = startedAt.remove(submission); // the batch reports every submission it grades as started first
        done++;
        graded++;
        gradingNanos += nanoClock.getAsLong() - startedNanos;
        show(submission + ": " + outcome);
    }

    synchronized void close() {
        end();
        out.flush();
    }

    abstract void show(String event);

    void end() {}

    String counter() {
        return done + "/" + total;
    }

    String percent() {
        return total == 0 ? "100%" : (100 * done / total) + "%";
    }

    String eta() {
        if (done == total) {
            return "done in " + format(Duration.ofNanos(nanoClock.getAsLong() - start));
        }
        if (graded == 0) {
            return "ETA --";
        }
        double perSubmission = (double) gradingNanos / graded;
        long now = nanoClock.getAsLong();
        double inFlight = startedAt.values().stream().mapToDouble(started -> Math.max(0, perSubmission - (now - started))).sum();
        int notStarted = total - done - startedAt.size();
        return "ETA " + format(Duration.ofNanos(Math.round((inFlight + perSubmission * notStarted) / jobs)));
    }

    String bar() {
        int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    String current() {
        return startedAt.isEmpty() ? "" : "grading " + String.join(", ", startedAt.keySet().stream().sorted().toList());
    }

    static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    /** One line, redrawn in place. */
    static final class Bar extends Progress {
        private static final int WIDTH = 120;

        Bar(PrintWriter out, int total, int jobs, LongSupplier nanoClock) {
            super(out, total, jobs, nanoClock);
        }

        @Override
        void show(String event) {
            String line = bar() + " " + counter() + " " + percent() + " " + eta() + "  " + current();
            if (line.length() > WIDTH) {
                line = line.substring(0, WIDTH - 3) + "...";
            }
            out.print("\r" + line + " ".repeat(WIDTH - line.length()));
            out.flush();
        }

        @Override
        void end() {
            out.println();
        }
    }

    /** A line per event: what a CI log can show. */
    static final class Lines extends Progress {
        Lines(PrintWriter out, int total, int jobs, LongSupplier nanoClock) {
            super(out, total, jobs, nanoClock);
        }

        @Override
        void show(String event) {
            out.println("[" + counter() + " " + percent() + ", " + eta() + "] " + event);
            out.flush();
        }
    }
}
