package lab.daemon;

import java.time.Duration;
import java.util.Objects;

/** Starts the ingest's threads with the right daemon status, and stops them cleanly. */
public final class IngestThreads {

    private IngestThreads() {
    }

    /**
     * Starts the heartbeat on a new daemon thread and returns that thread, already started.
     * <p>
     * A daemon thread never keeps the JVM alive: when only daemon threads are left, the JVM
     * exits and they simply stop. The daemon status must be set before the thread starts
     * ({@code Thread.setDaemon(true)} on a started thread throws
     * {@link IllegalThreadStateException}).
     *
     * @param heartbeat the background work to run
     * @return the started daemon thread that runs {@code heartbeat}
     * @throws NullPointerException if {@code heartbeat} is null
     */
    public static Thread startHeartbeat(Heartbeat heartbeat) {
        Objects.requireNonNull(heartbeat, "heartbeat");
        return Thread.ofPlatform().name("heartbeat").daemon(true).start(heartbeat);
    }

    /**
     * Starts essential work on a new non-daemon (user) thread and returns that thread, already
     * started.
     * <p>
     * The JVM does not exit while a non-daemon thread runs, so the work is never cut short by
     * {@code main} returning. The thread is a non-daemon even when this method is called from a
     * daemon thread (a new thread otherwise inherits the daemon status of the thread that
     * creates it).
     *
     * @param work the essential work to run
     * @return the started non-daemon thread that runs {@code work}
     * @throws NullPointerException if {@code work} is null
     */
    public static Thread startEssential(Runnable work) {
        Objects.requireNonNull(work, "work");
        return Thread.ofPlatform().name("essential-worker").daemon(false).start(work);
    }

    /**
     * Asks a thread to stop and waits for it: interrupts it, then joins it for at most
     * {@code timeout}. Works the same for daemon and non-daemon threads - a daemon thread
     * can be joined like any other.
     *
     * @param thread  the thread to stop; may already have ended
     * @param timeout the longest time to wait for it to end; zero or positive
     * @return {@code true} if the thread has ended when this method returns, {@code false} if
     *         it was still running after {@code timeout}
     * @throws InterruptedException if the calling thread is interrupted while waiting
     * @throws NullPointerException if an argument is null
     */
    public static boolean stop(Thread thread, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(timeout, "timeout");
        thread.interrupt();
        return thread.join(timeout);
    }
}
