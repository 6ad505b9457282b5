package lab.threads;

import java.time.Duration;

/**
 * Runs a task on a new platform thread of its own, like the lecture's
 * {@code t = Thread(target=countdown, args=(10,)); t.start()}, and lets the caller ask whether it
 * is still running and wait for its end with a timeout.
 */
public final class Launcher {

    /**
     * Creates the thread that will run {@code task}, without starting it: after the constructor the
     * thread is in state {@link Thread.State#NEW}.
     */
    public Launcher(Runnable task) {
        throw new UnsupportedOperationException("threads: not implemented yet");
    }

    /** The thread that runs the task: the same object from construction on, never the caller's thread. */
    public Thread thread() {
        throw new UnsupportedOperationException("threads: not implemented yet");
    }

    /**
     * Starts the task on {@link #thread()} and returns at once, while the task runs.
     *
     * @throws IllegalThreadStateException if called a second time
     */
    public void start() {
        throw new UnsupportedOperationException("threads: not implemented yet");
    }

    /**
     * Whether {@link #thread()} is alive right now (whoever started it): {@code false} before it is
     * started, {@code true} from its start until the task has ended (also while it sleeps or
     * waits), {@code false} after the end. The lecture's {@code t.is_alive()}.
     */
    public boolean isRunning() {
        throw new UnsupportedOperationException("threads: not implemented yet");
    }

    /**
     * Waits at most {@code timeout} for {@link #thread()} to end, the lecture's {@code t.join()}
     * with a timeout.
     *
     * @return {@code true} if the task has ended (it returns as soon as it does), {@code false} if
     *         it was still running when {@code timeout} passed
     * @throws IllegalThreadStateException if the thread was never started
     * @throws InterruptedException        if the waiting thread is interrupted
     */
    public boolean join(Duration timeout) throws InterruptedException {
        throw new UnsupportedOperationException("threads: not implemented yet");
    }
}
