package lab.kit.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Wraps calls and records how they overlapped: the calls in flight now, the peak in flight at once,
 * the threads that ran them, and each call's interval. Tests prove parallelism, bounds and
 * sequencing by these counts instead of by timing.
 *
 * <pre>{@code
 * var probe = new ConcurrencyProbe();
 * Function<Integer, Integer> square = probe.wrap(x -> x * x);
 * student.map(square, inputs, 4);
 * assertThat(probe.peakInFlight()).isLessThanOrEqualTo(4);
 * }</pre>
 *
 * <p>Thread-safe. Calls wrapped here must run in this JVM (not in a process pool's workers).
 */
public final class ConcurrencyProbe {
    /**
     * One call: when it started and ended ({@link System#nanoTime()}), and on which thread.
     *
     * @param startNanos nanoTime at entry
     * @param endNanos nanoTime at exit
     * @param threadName the name of the thread that ran it
     * @param threadId the id of the thread that ran it
     * @param virtual whether that thread was virtual
     */
    public record Interval(long startNanos, long endNanos, String threadName, long threadId, boolean virtual) {
        /** @return true if this call and {@code other} were in flight at some common instant */
        public boolean overlaps(Interval other) {
            return startNanos < other.endNanos && other.startNanos < endNanos;
        }
    }

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final List<Interval> intervals = new ArrayList<>();
    private final Set<Thread> threads = new LinkedHashSet<>();

    /** Runs {@code call} as one recorded call, rethrowing what it throws. */
    public <T> T call(Callable<T> call) throws Exception {
        long start = enter();
        try {
            return call.call();
        } finally {
            exit(start);
        }
    }

    /** Runs {@code action} as one recorded call. */
    public void run(Runnable action) {
        long start = enter();
        try {
            action.run();
        } finally {
            exit(start);
        }
    }

    /** @return a function whose every application is a recorded call of {@code fn} */
    public <T, R> Function<T, R> wrap(Function<T, R> fn) {
        return input -> {
            long start = enter();
            try {
                return fn.apply(input);
            } finally {
                exit(start);
            }
        };
    }

    /** @return a supplier whose every use is a recorded call of {@code supplier} */
    public <T> Supplier<T> wrap(Supplier<T> supplier) {
        return () -> {
            long start = enter();
            try {
                return supplier.get();
            } finally {
                exit(start);
            }
        };
    }

    /** @return a callable whose every call is a recorded call of {@code callable} */
    public <T> Callable<T> wrap(Callable<T> callable) {
        return () -> call(callable);
    }

    /** @return the calls in flight right now */
    public int inFlight() {
        return inFlight.get();
    }

    /** @return the largest number of calls that were in flight at the same time */
    public int peakInFlight() {
        return peak.get();
    }

    /** @return the number of calls started so far */
    public int calls() {
        return started.get();
    }

    /** @return the number of calls finished so far (normally or by throwing) */
    public int finished() {
        synchronized (intervals) {
            return intervals.size();
        }
    }

    /** @return the distinct threads that ran calls, in order of first use */
    public List<Thread> threads() {
        synchronized (intervals) {
            return List.copyOf(threads);
        }
    }

    /** @return the finished calls, in order of finishing */
    public List<Interval> intervals() {
        synchronized (intervals) {
            return List.copyOf(intervals);
        }
    }

    /** @return true if at least two finished calls overlapped in time */
    public boolean anyOverlap() {
        List<Interval> all = intervals();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).overlaps(all.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Waits until at least {@code count} calls are in flight at once (useful with a latch or gate that
     * holds them).
     *
     * @return true if they were, false if {@code bound} elapsed first
     */
    public boolean awaitInFlight(int count, Duration bound) throws InterruptedException {
        return awaitUntil(() -> inFlight.get() >= count, bound);
    }

    /**
     * Waits until at least {@code count} calls have finished.
     *
     * @return true if they had, false if {@code bound} elapsed first
     */
    public boolean awaitFinished(int count, Duration bound) throws InterruptedException {
        return awaitUntil(() -> finished() >= count, bound);
    }

    private static boolean awaitUntil(java.util.function.BooleanSupplier condition, Duration bound)
            throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    private long enter() {
        started.incrementAndGet();
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        return System.nanoTime();
    }

    private void exit(long start) {
        long end = System.nanoTime();
        Thread current = Thread.currentThread();
        synchronized (intervals) {
            intervals.add(new Interval(start, end, current.getName(), current.threadId(), current.isVirtual()));
            threads.add(current);
        }
        inFlight.decrementAndGet();
    }

    @Override
    public String toString() {
        return "ConcurrencyProbe[calls=" + calls() + ", inFlight=" + inFlight() + ", peak=" + peakInFlight()
                + ", threads=" + threads().stream().map(Thread::getName).toList() + "]";
    }
}
