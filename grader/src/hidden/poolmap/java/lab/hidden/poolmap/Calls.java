package lab.hidden.poolmap;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What the test functions record about their own calls: how many run at this moment, the most
 * that ever ran at once, and the threads they ran on. A count, not a clock, is the evidence.
 */
final class Calls {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /** Call first thing in a test function; returns the number of calls in flight, this one included. */
    int enter() {
        threads.add(Thread.currentThread());
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        return now;
    }

    /** Call last thing in a test function, in a finally block. */
    void leave() {
        inFlight.decrementAndGet();
    }

    int peak() {
        return peak.get();
    }

    /**
     * Waits up to {@code bound} for every thread a call ran on, except {@code caller}, to end,
     * and returns those still alive then (empty when the pool was shut down).
     */
    List<Thread> poolThreadsStillAliveAfter(Duration bound, Thread caller) {
        try {
            Awaitility.await("the pool threads end").atMost(bound).pollInterval(Duration.ofMillis(20))
                    .until(() -> alive(caller).isEmpty());
        } catch (ConditionTimeoutException stillAlive) {
            // reported by the caller's assertion, in the student's terms
        }
        return alive(caller);
    }

    private List<Thread> alive(Thread caller) {
        return threads.stream().filter(t -> t != caller && t.isAlive()).toList();
    }
}
