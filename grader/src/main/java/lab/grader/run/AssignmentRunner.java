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
    private final Isolation isolation;

    public AssignmentRunner(RunnerSettings settings) {
        this(settings, Isolation.NONE);
    }

    public AssignmentRunner(RunnerSettings settings, Isolation isolation) {
        this.settings = settings;
        this.isolation = isolation;
    }

    /** Why a child's run ended. */
    private enum End { EXITED, SILENT, OUT_OF_TIME, TIMEOUT_REPORTED, FLOODED, SPOILED }

    /**
     * Runs {@code tests} against the compiled classes; never returns before every child is gone.
     *
     * @param workDir a fresh directory for requests, results and the children's working dirs
     */
    public AssignmentRun run(List<TestCase> tests, Path classesDir, List<String> studentPackages,
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
            startupNanos += runOneChild(remaining, outcomes, testTimes, waits, classesDir, studentPackages,
                    workDir.resolve("child-" + attempt), deadline);
            jvms++;
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

    /** Runs one child JVM until it ends or must be stopped; returns the nanoseconds to its first report. */
    private long runOneChild(List<TestCase> tests, Map<String, Outcome> outcomes, Map<String, java.time.Duration> testTimes,
                             Map<String, java.time.Duration> waits, Path classesDir, List<String> studentPackages, Path dir, Deadline deadline)
            throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("cwd"));
        Path results = dir.resolve("results.jsonl");
        Path request = dir.resolve("request.json");
        new ObjectMapper().writeValue(request.toFile(), new ChildRequest(results.toString(),
                settings.testTimeout().toMillis(), studentPackages,
                tests.stream().map(t -> new ChildRequest.Test(t.className(), t.member(), t.field())).toList()));
        String key = lab.grader.child.EventSeal.newKey();
        ResultsTail tail = new ResultsTail(results, lab.grader.child.EventSeal.of(key));
        String running = null;
        End end;
        long spawned = System.nanoTime();
        long firstReport = -1;
        try (ChildJvm child = ChildJvm.start(settings, isolation, classesDir, request, dir, dir.resolve("cwd"), key)) {
            long lastEvent = System.nanoTime() + STARTUP_ALLOWANCE_NANOS;
            while (true) {
                boolean alive = child.isAlive();
                boolean timeoutReported = false;
                boolean spoiled = false;
                for (ChildEvent event : tail.poll()) {
                    lastEvent = System.nanoTime();
                    if (firstReport < 0) {
                        firstReport = lastEvent;
                    }
                    if (event.isStarted()) {
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
            child.kill();
            // after a reported timeout the next test had barely started: it runs again in a fresh JVM
            if (running != null && end != End.TIMEOUT_REPORTED && end != End.SPOILED) {
                outcomes.put(running, switch (end) {
                    case EXITED -> child.memoryCapHit()
                            ? new Outcome.DidNotRun(Feedback.memoryCap(MemoryCap.LIMIT_BYTES >> 20))
                            : new Outcome.JvmStopped(child.exitCode());
                    case FLOODED -> new Outcome.DidNotRun(Feedback.outputFlood(OutputDrain.FLOOD_BYTES >> 20));
                    case SILENT -> new Outcome.TimedOut(Feedback.testKilled(Durations.format(settings.silenceLimit())), "");
                    case OUT_OF_TIME, TIMEOUT_REPORTED, SPOILED -> new Outcome.TimedOut(Feedback.stoppedOutOfTime(deadline.limit().toSeconds()), "");
                });
            }
        }
        return (firstReport < 0 ? System.nanoTime() : firstReport) - spawned;
    }

    private static boolean isOutOfMemory(Outcome outcome) {
        return outcome instanceof Outcome.Threw t && t.exceptionType().equals(OutOfMemoryError.class.getName());
    }

    private static Outcome outOfTime(Deadline deadline) {
        return new Outcome.TimedOut(Feedback.notRunOutOfTime(deadline.limit().toSeconds()), "");
    }
}
