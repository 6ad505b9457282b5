package lab.grader.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.catalogue.TestCase;
import lab.grader.child.ChildEvent;
import lab.grader.child.ChildRequest;
import lab.grader.rubric.Durations;
import lab.grader.scoring.Feedback;
import lab.grader.scoring.Outcome;

/**
 * Runs one assignment's tests in child JVMs and collects an outcome for every test. A child that
 * dies or hangs is killed and replaced, so the tests after the culprit still run.
 */
public final class AssignmentRunner {
    private static final long POLL_MILLIS = 20;
    /** Children in a row that finish no test before the grader gives up on the rest. */
    private static final int MAX_FRUITLESS_CHILDREN = 2;
    /** Extra patience for a child's first event: starting a JVM and discovering tests on a loaded machine. */
    private static final long STARTUP_ALLOWANCE_NANOS = java.time.Duration.ofSeconds(60).toNanos();
    /** Processes a child may leave running after a test before it is replaced by a fresh one. */
    static final int MAX_LEFTOVER_PROCESSES = 8;
    private final RunnerSettings settings;

    public AssignmentRunner(RunnerSettings settings) {
        this.settings = settings;
    }

    /** Why a child's run of a request ended; only after DONE may it serve another. */
    private enum End { DONE, EXITED, SILENT, OUT_OF_TIME, TIMEOUT_REPORTED, FLOODED, SPOILED }

    /**
     * Runs {@code tests} in JVMs from {@code jvms}; never returns before every JVM it used is gone or
     * back in {@code jvms}, idle.
     *
     * @param workDir a fresh directory for requests, results and the children's working dirs
     */
    public AssignmentRun run(List<TestCase> tests, TestJvms source, List<String> studentPackages,
                             Path workDir, Deadline deadline) throws IOException, InterruptedException {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, java.time.Duration> testTimes = new LinkedHashMap<>();
        Map<String, java.time.Duration> waits = new LinkedHashMap<>();
        long startupNanos = 0;
        int jvms = 0;
        List<TestCase> remaining = new ArrayList<>(tests);
        int fruitless = 0;
        for (int attempt = 0; !remaining.isEmpty(); attempt++) {
            if (deadline.passed()) {
                remaining.forEach(t -> outcomes.put(t.key(), outOfTime(deadline)));
                break;
            }
            int before = remaining.size();
            Served served = runOneChild(remaining, outcomes, testTimes, waits, source, studentPackages,
                    workDir.resolve("request-" + attempt), deadline);
            startupNanos += served.firstReportNanos();
            jvms += served.inNewJvm() ? 1 : 0;
            remaining.removeIf(t -> outcomes.containsKey(t.key()));
            fruitless = remaining.size() == before ? fruitless + 1 : 0;
            if (fruitless >= MAX_FRUITLESS_CHILDREN && !deadline.passed()) {
                // children that do not even finish one test: starting more would not help
                remaining.forEach(t -> outcomes.put(t.key(), new Outcome.DidNotRun(
                        "the test JVM could not run this test: check that your classes keep the handout's names and packages")));
                break;
            }
        }
        return new AssignmentRun(outcomes, testTimes, java.time.Duration.ofNanos(startupNanos), jvms, waits);
    }

    /**
     * How one request went.
     *
     * @param firstReportNanos from sending it to its first report
     * @param inNewJvm         whether the JVM had served no request before
     */
    private record Served(long firstReportNanos, boolean inNewJvm) {
    }

    /** Runs one request in a JVM until it is done or the JVM ends or must be stopped. */
    private Served runOneChild(List<TestCase> tests, Map<String, Outcome> outcomes, Map<String, java.time.Duration> testTimes,
                             Map<String, java.time.Duration> waits, TestJvms jvms, List<String> studentPackages, Path dir,
                             Deadline deadline) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path results = dir.resolve("results.jsonl");
        Path request = dir.resolve("request.json");
        new ObjectMapper().writeValue(request.toFile(), new ChildRequest(results.toString(),
                settings.testTimeout().toMillis(), studentPackages,
                tests.stream().map(t -> new ChildRequest.Test(t.className(), t.member(), t.field())).toList()));
        String running = null;
        End end;
        long spawned = System.nanoTime();
        long firstReport = -1;
        boolean reusable = false;
        ChildJvm child = jvms.take(studentPackages);
        boolean newJvm = child.requests() == 0;
        try {
            ResultsTail tail = new ResultsTail(results, child.seal());
            child.send(request, studentPackages);
            long lastEvent = System.nanoTime() + STARTUP_ALLOWANCE_NANOS;
            while (true) {
                boolean alive = child.isAlive();
                boolean timeoutReported = false;
                boolean spoiled = false;
                boolean done = false;
                for (ChildEvent event : tail.poll()) {
                    lastEvent = System.nanoTime();
                    if (firstReport < 0) {
                        firstReport = lastEvent;
                    }
                    if (event.isDone()) {
                        done = true;
                        reusable = event.reusable();
                    } else if (event.isStarted()) {
                        running = event.test();
                    } else {
                        Outcome outcome = event.outcome();
                        outcomes.put(event.test(), outcome);
                        testTimes.put(event.test(), event.duration());
                        waits.put(event.test(), event.waited());
                        running = null;
                        timeoutReported |= outcome instanceof Outcome.TimedOut;
                        // a full heap or a crowd of leftover processes would fail the next tests too
                        spoiled |= isOutOfMemory(outcome) || child.leftoverProcesses() > MAX_LEFTOVER_PROCESSES;
                    }
                }
                if (timeoutReported) {
                    // the timed-out code may still burn CPU in that JVM: the rest gets a fresh one
                    end = End.TIMEOUT_REPORTED;
                    break;
                }
                if (spoiled) {
                    end = End.SPOILED;
                    break;
                }
                if (child.flooded()) {
                    end = End.FLOODED;
                    break;
                }
                if (done) {
                    end = End.DONE;
                    break;
                }
                if (!alive) {
                    end = End.EXITED;
                    break;
                }
                if (deadline.passed()) {
                    end = End.OUT_OF_TIME;
                    break;
                }
                if (System.nanoTime() - lastEvent > settings.silenceLimit().toNanos()) {
                    end = End.SILENT;
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            if (end == End.DONE && reusable && child.isAlive()) {
                jvms.giveBack(child);
                child = null;
                return new Served((firstReport < 0 ? System.nanoTime() : firstReport) - spawned, newJvm);
            }
            child.kill();
            // after a reported timeout the next test had barely started: it runs again in a fresh JVM
            if (running != null && end != End.TIMEOUT_REPORTED && end != End.SPOILED && end != End.DONE) {
                outcomes.put(running, switch (end) {
                    case EXITED -> child.memoryCapHit()
                            ? new Outcome.DidNotRun(Feedback.memoryCap(MemoryCap.LIMIT_BYTES >> 20))
                            : new Outcome.JvmStopped(child.exitCode());
                    case FLOODED -> new Outcome.DidNotRun(Feedback.outputFlood(OutputDrain.FLOOD_BYTES >> 20));
                    case SILENT -> new Outcome.TimedOut(Feedback.testKilled(Durations.format(settings.silenceLimit())), "");
                    case OUT_OF_TIME, TIMEOUT_REPORTED, SPOILED, DONE -> new Outcome.TimedOut(Feedback.stoppedOutOfTime(deadline.limit().toSeconds()), "");
                });
            }
        } finally {
            if (child != null) {
                child.close();
            }
        }
        return new Served((firstReport < 0 ? System.nanoTime() : firstReport) - spawned, newJvm);
    }

    private static boolean isOutOfMemory(Outcome outcome) {
        return outcome instanceof Outcome.Threw t && t.exceptionType().equals(OutOfMemoryError.class.getName());
    }

    private static Outcome outOfTime(Deadline deadline) {
        return new Outcome.TimedOut(Feedback.notRunOutOfTime(deadline.limit().toSeconds()), "");
    }
}
