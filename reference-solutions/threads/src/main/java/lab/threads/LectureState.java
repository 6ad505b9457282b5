package lab.threads;

import java.util.EnumSet;
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
        return switch (this) {
            case NEW_THREAD -> EnumSet.of(Thread.State.NEW);
            case RUNNABLE, RUNNING -> EnumSet.of(Thread.State.RUNNABLE);
            case NON_RUNNING -> EnumSet.of(Thread.State.BLOCKED, Thread.State.WAITING, Thread.State.TIMED_WAITING);
            case DEAD -> EnumSet.of(Thread.State.TERMINATED);
        };
    }

    /**
     * The lecture states a thread may be in when Java reports {@code state}: the inverse of
     * {@link #javaStates()}. Java's {@code RUNNABLE} stands for two lecture states, because the JVM
     * does not know whether the operating system has the thread on a core right now.
     *
     * @return a new, modifiable set, never empty
     */
    public static Set<LectureState> of(Thread.State state) {
        Set<LectureState> states = EnumSet.noneOf(LectureState.class);
        for (LectureState candidate : values()) {
            if (candidate.javaStates().contains(state)) {
                states.add(candidate);
            }
        }
        return states;
    }
}
