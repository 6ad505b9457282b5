package lab.threads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;

/** Watches a countdown's thread go through its life: the states of the lecture's diagram, in Java. */
public final class LifeCycle {
    private LifeCycle() {
    }

    /**
     * Runs {@code new Countdown(from, interval, sink)} on a new platform thread and records the
     * distinct {@link Thread.State}s that thread goes through, in the order they are first seen.
     * The states are read at exactly these moments:
     * <ol>
     *   <li>after the thread is created, before it is started;</li>
     *   <li>by the countdown's thread itself at each tick, just before passing the tick on to
     *       {@code sink};</li>
     *   <li>by the caller, after the start, until it sees the thread sleeping between two ticks
     *       ({@link Thread.State#TIMED_WAITING}) or ended; only a sleeping state is recorded here;</li>
     *   <li>after joining the thread with {@code timeout}.</li>
     * </ol>
     * So a countdown from 1 or more with a positive interval gives
     * {@code [NEW, RUNNABLE, TIMED_WAITING, TERMINATED]}, and a countdown from 0 gives
     * {@code [NEW, TERMINATED]}.
     *
     * @param timeout bounds the caller's watching and the join; if the thread has not ended by then,
     *                the last state is the one it was in, not {@code TERMINATED}
     * @return a new, modifiable list
     */
    public static List<Thread.State> ofCountdown(int from, Duration interval, Consumer<String> sink, Duration timeout)
            throws InterruptedException {
        var seen = new StatesSeen();
        var countdown = new Countdown(from, interval, tick -> {
            seen.add(Thread.currentThread().getState());
            sink.accept(tick);
        });
        Thread thread = Thread.ofPlatform().unstarted(countdown);
        seen.add(thread.getState());
        thread.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            Thread.State state = thread.getState();
            if (state == Thread.State.TIMED_WAITING) {
                seen.add(state);
                break;
            }
            if (state == Thread.State.TERMINATED) {
                break;
            }
            LockSupport.parkNanos(100_000);
        }
        thread.join(timeout);
        seen.add(thread.getState());
        return seen.inOrder();
    }

    /** Distinct states in the order first seen; written by two threads. */
    private static final class StatesSeen {
        private final List<Thread.State> states = new ArrayList<>();

        synchronized void add(Thread.State state) {
            if (!states.contains(state)) {
                states.add(state);
            }
        }

        synchronized List<Thread.State> inOrder() {
            return new ArrayList<>(states);
        }
    }
}
