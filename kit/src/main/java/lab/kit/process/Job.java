package lab.kit.process;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;

/** A submitted task: its serialised form, its future, and where it runs. */
final class Job<T> extends CompletableFuture<T> implements Runnable {
    final long id;
    final byte[] task;
    private final Callable<T> original;
    private volatile Slot runningOn;

    Job(long id, byte[] task, Callable<T> original) {
        this.id = id;
        this.task = task;
        this.original = original;
    }

    void runningOn(Slot slot) {
        runningOn = slot;
    }

    /**
     * Cancels a pending task; for a running one, {@code mayInterruptIfRunning} also interrupts the
     * task's thread in the worker (the worker stays busy until the task gives up).
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Slot slot = runningOn;
        if (cancelled && mayInterruptIfRunning && slot != null) {
            slot.interrupt(id);
        }
        return cancelled;
    }

    /** Completes this future with the outcome a worker replied. */
    @SuppressWarnings("unchecked")
    void completeWith(Messages.Reply reply, ClassLoader loader) {
        if (reply.ok()) {
            try {
                complete((T) Frames.deserialize(reply.value(), loader));
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                completeExceptionally(new IllegalStateException(
                        "the task's result could not be read back in the caller's JVM: " + e, e));
            }
            return;
        }
        Throwable thrown = reply.description();
        if (reply.thrown() != null) {
            try {
                thrown = (Throwable) Frames.deserialize(reply.thrown(), loader);
            } catch (IOException | ClassNotFoundException | RuntimeException fallBackToDescription) {
                thrown = reply.description();
            }
        }
        if (thrown instanceof CancellationException || thrown instanceof CompletionException) {
            // a future would take these for its own cancellation, or unwrap them
            thrown = RemoteTaskException.describing(thrown);
        }
        completeExceptionally(thrown);
    }

    /** Runs the task in the calling JVM (for tasks handed back by shutdownNow). */
    @Override
    public void run() {
        try {
            original.call();
        } catch (Exception e) {
            throw new IllegalStateException("the task failed: " + e, e);
        }
    }

    @Override
    public String toString() {
        return "process pool task " + id + " (" + original + ")";
    }
}
