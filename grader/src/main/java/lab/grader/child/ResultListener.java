package lab.grader.child;

import com.tngtech.archunit.junit.engine_api.FieldSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lab.grader.scoring.Outcome;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Reports one started and one finished event per requested test. Repeated, parameterized and
 * dynamic tests report their worst invocation; a failed container (a class that failed to
 * initialise) fails every requested test inside it.
 */
final class ResultListener implements TestExecutionListener {
    private final EventWriter out;
    private final OutcomeMapper mapper;
    private final Set<String> requested;
    private final Set<String> started = new HashSet<>();
    private final Set<String> finished = new HashSet<>();
    private final Map<String, Outcome> worst = new HashMap<>();
    private final Map<String, Long> startedAt = new HashMap<>();
    private final Map<String, Long> cpuAtStart = new HashMap<>();
    private TestPlan plan;

    ResultListener(EventWriter out, OutcomeMapper mapper, Set<String> requested) {
        this.out = out;
        this.mapper = mapper;
        this.requested = Set.copyOf(requested);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        keyOf(id).filter(started::add).ifPresent(this::writeStarted);
        if (id.isContainer() && plan != null && id.getSource().filter(ClassSource.class::isInstance).isPresent()) {
            // a test class's static initialiser runs now, before any of its tests has started: if it ends the
            // JVM, the blame must fall on one of its tests, not on the whole child
            plan.getDescendants(id).stream().map(this::keyOf).flatMap(Optional::stream)
                    .filter(key -> !started.contains(key) && !finished.contains(key)).findFirst()
                    .filter(started::add).ifPresent(this::writeStarted);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        finishAllUnder(id, new Outcome.DidNotRun("the test was skipped: " + reason));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Optional<String> key = keyOf(id);
        if (key.isEmpty()) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                finishAllUnder(id, mapper.map(result));
            }
            return;
        }
        Outcome outcome = mapper.map(result);
        worst.merge(key.get(), outcome, (a, b) -> b.status().compareTo(a.status()) > 0 ? b : a);
        if (!isInvocationOf(id, key.get())) {
            finish(key.get(), worst.get(key.get()));
        }
    }

    /** Reports every test that started and has not finished, e.g. when the JVM cannot go on. */
    void finishStarted(Outcome outcome) {
        for (String key : Set.copyOf(started)) {
            if (!finished.contains(key)) {
                finish(key, outcome);
            }
        }
    }

    /** Reports every requested test that never finished, e.g. because discovery could not find it. */
    void finishUnreported(Outcome outcome) {
        requested.forEach(key -> finish(key, outcome));
    }

    void finish(String key, Outcome outcome) {
        if (finished.add(key)) {
            if (started.add(key)) {
                writeStarted(key);
            }
            long millis = (System.nanoTime() - startedAt.get(key)) / 1_000_000;
            long cpuMillis = (processCpuNanos() - cpuAtStart.get(key)) / 1_000_000;
            out.write(ChildEvent.finished(key, outcome, millis, cpuMillis));
        }
    }

    private void writeStarted(String key) {
        startedAt.put(key, System.nanoTime());
        cpuAtStart.put(key, processCpuNanos());
        out.write(ChildEvent.started(key));
    }

    /** This JVM's CPU time so far, all threads; 0 where the platform cannot tell. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private void finishAllUnder(TestIdentifier id, Outcome outcome) {
        keyOf(id).ifPresent(key -> finish(key, outcome));
        if (plan != null) {
            plan.getDescendants(id).forEach(d -> keyOf(d).ifPresent(key -> finish(key, outcome)));
        }
    }

    /** True when {@code id}'s parent reports the same test: one invocation of a templated test. */
    private boolean isInvocationOf(TestIdentifier id, String key) {
        return plan != null && plan.getParent(id).flatMap(this::keyOf).filter(key::equals).isPresent();
    }

    /** The requested test {@code id} belongs to: its own source, or that of its nearest ancestor. */
    private Optional<String> keyOf(TestIdentifier id) {
        for (TestIdentifier current = id; current != null; current = plan == null ? null : plan.getParent(current).orElse(null)) {
            Optional<String> own = current.getSource().flatMap(ResultListener::keyOfSource).filter(requested::contains);
            if (own.isPresent()) {
                return own;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> keyOfSource(TestSource source) {
        return switch (source) {
            case MethodSource m -> Optional.of(m.getClassName() + "#" + m.getMethodName());
            case FieldSource f -> Optional.of(f.getClassName() + "#" + f.getFieldName());
            default -> Optional.empty();
        };
    }
}
