package lab.threads;

import java.util.Set;

/**
 * The five thread states of the lecture's "States of Thread". Java's {@link Thread.State} has six
 * values and draws the lines elsewhere: this enum maps between the two.
 */
public enum LectureState {
    /** "New Thread": created, not yet started. */
    NEW_THREAD,
    /** "Runnable": started, waiting for the scheduler to give it a core. */
    RUNNABLE,
    /** "Running": executing on a core. */
    RUNNING,
    /** "Non-running/waiting": paused, waiting for I/O, a lock, another thread or a timer. */
    NON_RUNNING,
    /** "Dead": its task has completed or it terminated otherwise. */
    DEAD;

    /**
     * The Java states a thread in this lecture state reports through {@link Thread#getState()}.
     * Every Java state appears under at least one lecture state.
     *
     * @return a new, modifiable set
     */
    public Set<Thread.State> javaStates() {
        throw new UnsupportedOperationException("threads: not implemented yet");
    }

    /**
     * The lecture states a thread may be in when Java reports {@code state}: the inverse of
     * {@link #javaStates()}.
     *
     * @return a new, modifiable set, never empty
     */
    public static Set<LectureState> of(Thread.State state) {
        throw new UnsupportedOperationException("threads: not implemented yet");
    }
}
