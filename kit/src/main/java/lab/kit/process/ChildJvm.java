package lab.kit.process;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs code in a child JVM on the current class path: Java's "spawn" (Java has no {@code fork}).
 *
 * <p>The child uses the same {@code java} executable, the same class path and the parent's
 * {@code -D}/{@code -X}/module flags, without agents or debuggers. A child still running at its
 * timeout is killed together with all its descendants, so nothing is left behind.
 */
public final class ChildJvm {
    private static final Duration KILL_BOUND = Duration.ofSeconds(5);

    private ChildJvm() {
    }

    /**
     * The command line that starts {@code mainClass} in a child JVM on the current class path, for
     * callers that drive the {@link ProcessBuilder} themselves.
     *
     * @param mainClass the fully qualified name of a class with a {@code main} method
     * @param args the program arguments
     * @return a new, modifiable list: {@code java}, flags, {@code -cp}, class path, main class, arguments
     */
    public static List<String> command(String mainClass, List<String> args) {
        return JvmCommand.of(Objects.requireNonNull(mainClass, "mainClass"), List.copyOf(args));
    }

    /**
     * Runs {@code mainClass} in a child JVM and waits for it at most {@code timeout}. Its stdout and
     * stderr are read concurrently while it runs, so a child that writes more than a pipe buffer
     * never blocks. Standard input is empty.
     *
     * @return the child's pid, exit code, output and whether it was killed at the timeout
     * @throws UncheckedIOException if the JVM could not be started
     * @throws InterruptedException if the caller was interrupted (the child is killed first)
     */
    public static ChildResult runMain(String mainClass, List<String> args, Duration timeout)
            throws InterruptedException {
        var builder = new ProcessBuilder(command(mainClass, args)).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
        JvmCommand.cleanEnvironment(builder.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a child JVM for " + mainClass + ": " + e, e);
        }
        var out = StreamDrainer.keepingAll(process.getInputStream(), "child-jvm-" + process.pid() + "-stdout");
        var err = StreamDrainer.keepingAll(process.getErrorStream(), "child-jvm-" + process.pid() + "-stderr");
        boolean timedOut;
        try {
            timedOut = !process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            ProcessTrees.kill(process.toHandle(), KILL_BOUND);
            throw e;
        }
        if (timedOut) {
            ProcessTrees.kill(process.toHandle(), KILL_BOUND);
        } else {
            // descendants the child left behind would keep its pipes open: they must not outlive it
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        }
        process.waitFor(KILL_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        out.await(KILL_BOUND);
        err.await(KILL_BOUND);
        return new ChildResult(process.pid(), process.isAlive() ? -1 : process.exitValue(),
                out.text(), err.text(), timedOut);
    }

    /**
     * Runs {@code task} in a fresh child JVM and returns its result, copied back with serialisation.
     *
     * @return the task's result
     * @throws ExecutionException if the task threw (the cause is the remote exception, or a
     *     {@link RemoteTaskException} describing it) or the child died ({@link WorkerDiedException})
     * @throws TimeoutException if it did not finish within {@code timeout}; the child and its
     *     descendants are killed
     * @throws IllegalArgumentException if the task is not serialisable
     * @throws InterruptedException if the caller was interrupted (the child is killed first)
     */
    public static <T extends java.io.Serializable> T call(SerializableCallable<T> task, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        byte[] bytes;
        try {
            bytes = Frames.serialize(Objects.requireNonNull(task, "task"));
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException("The task cannot be sent to a child JVM: " + e.getMessage()
                    + " is not serialisable; capture only serialisable values", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("The task could not be serialised: " + e, e);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        WorkerProcess child;
        try {
            child = WorkerProcess.start(loader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a child JVM: " + e, e);
        }
        var job = new Job<T>(1, bytes, task);
        var conversation = CompletableFuture.runAsync(() -> {
            try {
                child.awaitReady();
                child.send(new Messages.Request(job.id, job.task));
                job.completeWith(child.awaitReply(job.id), loader);
            } catch (IOException ended) {
                job.completeExceptionally(child.died(ended));
            }
        }, runnable -> Thread.ofVirtual().name("child-jvm-call").start(runnable));
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            child.kill();
            throw new TimeoutException("the task in the child JVM " + child.pid() + " did not finish within "
                    + timeout + "; the child was killed");
        } catch (InterruptedException e) {
            child.kill();
            throw e;
        } finally {
            child.retire(KILL_BOUND);
            conversation.join();
        }
    }
}
