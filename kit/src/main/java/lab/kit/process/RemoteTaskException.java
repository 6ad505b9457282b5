package lab.kit.process;

import java.io.Serial;

/**
 * An exception thrown by a task in another JVM that could not be brought back as itself (it, or
 * something it refers to, is not serialisable or its class is unknown to the caller).
 *
 * <p>It carries what the caller needs to understand the failure: the original class name
 * ({@link #remoteClassName()}), the original message ({@link #getMessage()}), the original stack
 * trace ({@link #getStackTrace()}) and, as its cause, the remote cause described the same way.
 */
public final class RemoteTaskException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String remoteClassName;

    /**
     * Describes a remote exception.
     *
     * @param remoteClassName the fully qualified class name of the exception thrown remotely
     * @param message the remote exception's message, may be {@code null}
     * @param stackTrace the remote exception's stack trace
     * @param cause the remote cause, described the same way, or {@code null}
     */
    public RemoteTaskException(String remoteClassName, String message, StackTraceElement[] stackTrace,
                               RemoteTaskException cause) {
        super(message, cause);
        this.remoteClassName = remoteClassName;
        setStackTrace(stackTrace.clone());
    }

    /**
     * Describes {@code thrown} and its causes (a cause cycle is cut).
     *
     * @param thrown the exception to describe
     * @return its description
     */
    public static RemoteTaskException describing(Throwable thrown) {
        return describing(thrown, 0);
    }

    private static RemoteTaskException describing(Throwable thrown, int depth) {
        if (thrown instanceof RemoteTaskException remote) {
            return remote;
        }
        Throwable cause = thrown.getCause();
        RemoteTaskException describedCause =
                cause == null || cause == thrown || depth > 20 ? null : describing(cause, depth + 1);
        return new RemoteTaskException(thrown.getClass().getName(), thrown.getMessage(),
                thrown.getStackTrace(), describedCause);
    }

    /** @return the fully qualified class name of the exception that was thrown in the other JVM */
    public String remoteClassName() {
        return remoteClassName;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return "RemoteTaskException: " + remoteClassName + (message == null ? "" : ": " + message);
    }
}
