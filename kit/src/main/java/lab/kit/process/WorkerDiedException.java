package lab.kit.process;

import java.io.Serial;

/**
 * The cause of the {@link java.util.concurrent.ExecutionException} of a task whose worker process
 * ended while running it: the task called {@code System.exit}, crashed the JVM, or the process was
 * killed. Only that task fails; the pool starts a new worker in its place.
 */
public final class WorkerDiedException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final long pid;
    private final int exitCode;

    /**
     * @param pid the pid of the worker process that died
     * @param exitCode its exit code (128 + signal number when killed by a signal)
     * @param detail what the pool knows besides, e.g. the last lines the worker wrote to stderr
     */
    public WorkerDiedException(long pid, int exitCode, String detail) {
        super("The worker process " + pid + " died with exit code " + exitCode
                + " while running this task (System.exit, a crash or a kill ends the whole worker JVM)"
                + (detail == null || detail.isBlank() ? "" : "; " + detail));
        this.pid = pid;
        this.exitCode = exitCode;
    }

    /** @return the pid of the worker process that died */
    public long pid() {
        return pid;
    }

    /** @return the worker's exit code (128 + signal number when it was killed by a signal) */
    public int exitCode() {
        return exitCode;
    }
}
