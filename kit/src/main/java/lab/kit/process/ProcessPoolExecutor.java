package lab.kit.process;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Java counterpart of Python's {@code concurrent.futures.ProcessPoolExecutor}: tasks run in a
 * fixed number of worker JVMs, so CPU-bound work runs in parallel in separate processes.
 *
 * <p>Workers are started by the constructor on the current class path (same {@code java}, the
 * parent's {@code -D}/{@code -X}/module flags, no agents or debuggers) and reused: each runs one
 * task at a time, so at most {@link #workers()} tasks run at once. Tasks and their results are
 * copied with Java serialisation: a task must be {@link Serializable} (use
 * {@link SerializableCallable} or {@link SerializableFunction} for lambdas), and so must its
 * result. A task that cannot be serialised is rejected at submission with a
 * {@link RejectedExecutionException} naming the class that is not serialisable.
 *
 * <p>Failures: the future of a task that throws fails with an {@link ExecutionException} whose
 * cause is the remote exception itself when it could be copied back, otherwise a
 * {@link RemoteTaskException} with the original class name, message and stack trace. A worker that
 * dies (System.exit, crash, kill) fails only the task it ran, with a {@link WorkerDiedException}
 * naming its exit code, and is replaced.
 *
 * <p>Lifetime: {@link #shutdown()} lets submitted tasks finish and then ends the workers;
 * {@link #shutdownNow()} kills them; {@link #close()} (try-with-resources) shuts down and waits.
 * Workers also exit on their own when the parent JVM dies, so no worker outlives its pool.
 * Printing from a task is fine: a worker's {@code System.out} and {@code System.err} are copied to
 * the parent's {@code System.err}.
 */
public final class ProcessPoolExecutor implements ExecutorService {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int workers;
    private final LinkedBlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final List<Slot> slots = new ArrayList<>();
    private final CountDownLatch slotsEnded;
    private final ClassLoader loader;
    private final AtomicLong ids = new AtomicLong();
    private final Object lifecycle = new Object();
    private volatile boolean shutdown;
    private volatile boolean stopping;

    /**
     * Starts {@code workers} worker JVMs. The constructor does not wait for them to be up; the first
     * tasks do (a JVM start costs a few hundred milliseconds, see the kit's README).
     *
     * @param workers the number of worker processes, at least 1
     * @throws IllegalArgumentException if {@code workers < 1}
     */
    public ProcessPoolExecutor(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a process pool needs at least one worker, not " + workers);
        }
        this.workers = workers;
        this.slotsEnded = new CountDownLatch(workers);
        this.loader = Thread.currentThread().getContextClassLoader();
        int pool = POOLS.incrementAndGet();
        var callbacks = new Callbacks();
        for (int i = 0; i < workers; i++) {
            var slot = new Slot(callbacks, loader);
            slots.add(slot);
            Thread.ofPlatform().name("process-pool-" + pool + "-slot-" + i).daemon(true)
                    .inheritInheritableThreadLocals(false).start(() -> {
                        Thread.currentThread().setContextClassLoader(loader);
                        slot.run();
                    });
        }
    }

    /** @return the number of worker processes, as given to the constructor */
    public int workers() {
        return workers;
    }

    /**
     * @return the pids of the worker processes alive now (fewer than {@link #workers()} while a dead
     *     worker is being replaced, none once the pool terminated)
     */
    public List<Long> workerPids() {
        return slots.stream().mapToLong(Slot::workerPid).filter(pid -> pid > 0).boxed().toList();
    }

    /**
     * Submits a task to run in a worker process. Lambdas passed here are serialisable.
     *
     * @return a future for the task's result
     * @throws RejectedExecutionException if the pool is shut down, or the task (or something it
     *     captures) is not serialisable
     */
    public <T> Future<T> submit(SerializableCallable<T> task) {
        return enqueue(task);
    }

    /**
     * Submits a task to run in a worker process; it must be {@link Serializable} at run time.
     *
     * @throws RejectedExecutionException if the pool is shut down or the task is not serialisable
     */
    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return enqueue(task);
    }

    /**
     * Submits a {@link Serializable} runnable; the future yields {@code result} once it ran.
     *
     * @throws RejectedExecutionException if the pool is shut down or the task or result is not serialisable
     */
    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        return enqueue(asCallable(task, result));
    }

    /**
     * Submits a {@link Serializable} runnable; the future yields {@code null} once it ran.
     *
     * @throws RejectedExecutionException if the pool is shut down or the task is not serialisable
     */
    @Override
    public Future<?> submit(Runnable task) {
        return enqueue(asCallable(task, null));
    }

    /**
     * Runs a {@link Serializable} runnable in a worker; its failure is visible to nobody, as with
     * any executor's {@code execute} (prefer {@code submit}).
     *
     * @throws RejectedExecutionException if the pool is shut down or the task is not serialisable
     */
    @Override
    public void execute(Runnable command) {
        enqueue(asCallable(command, null));
    }

    /**
     * Applies {@code fn} to every input in the worker processes, at most {@link #workers()} at a time,
     * like Python's {@code Executor.map}: the results come back in input order whatever order the
     * calls finish in; if a call failed, the exception of the first failing element (in input order)
     * is thrown when that element is reached, and the calls not yet finished are cancelled.
     *
     * @param fn the function, copied into each worker
     * @param inputs the inputs, each copied into the worker that handles it
     * @return the results, in input order
     * @throws ExecutionException whose cause is the failing call's exception, and whose message names
     *     the element's index
     * @throws InterruptedException if the caller is interrupted while waiting (pending calls are cancelled)
     * @throws RejectedExecutionException if the pool is shut down, or {@code fn} or an input is not
     *     serialisable (nothing is left running then)
     */
    public <T, R> List<R> map(SerializableFunction<? super T, ? extends R> fn, List<? extends T> inputs)
            throws ExecutionException, InterruptedException {
        Objects.requireNonNull(fn, "fn");
        var futures = new ArrayList<Future<? extends R>>(inputs.size());
        try {
            for (T input : inputs) {
                futures.add(submit((SerializableCallable<R>) () -> fn.apply(input)));
            }
            var results = new ArrayList<R>(inputs.size());
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new ExecutionException("map: the call for element " + i + " of " + inputs.size()
                            + " failed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        List<Future<T>> futures = submitAll(tasks);
        try {
            for (Future<T> future : futures) {
                awaitQuietly(future, Long.MAX_VALUE);
            }
            return futures;
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        List<Future<T>> futures = submitAll(tasks);
        try {
            for (Future<T> future : futures) {
                if (!awaitQuietly(future, deadline - System.nanoTime())) {
                    break;
                }
            }
        } finally {
            futures.stream().filter(f -> !f.isDone()).forEach(f -> f.cancel(true));
        }
        return futures;
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return invokeAny(tasks, Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (TimeoutException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("invokeAny needs at least one task");
        }
        long nanos = unit.toNanos(timeout);
        long deadline = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + nanos;
        BlockingQueue<Future<T>> done = new LinkedBlockingQueue<>();
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (Callable<T> task : tasks) {
                Job<T> job = enqueue(task);
                futures.add(job);
                job.whenComplete((value, thrown) -> done.add(job));
            }
            ExecutionException last = null;
            for (int finished = 0; finished < futures.size(); finished++) {
                Future<T> next = deadline == Long.MAX_VALUE ? done.take()
                        : done.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new TimeoutException("invokeAny: no task succeeded within " + timeout + " "
                            + unit.toString().toLowerCase());
                }
                try {
                    return next.get();
                } catch (ExecutionException | CancellationException e) {
                    last = e instanceof ExecutionException ee ? ee : new ExecutionException(e);
                }
            }
            throw last;
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    /**
     * Starts an orderly shutdown: tasks already submitted still run, new ones are rejected; each
     * worker exits once the queue is empty. Does not wait (see {@link #awaitTermination}).
     */
    @Override
    public void shutdown() {
        synchronized (lifecycle) {
            if (shutdown) {
                return;
            }
            shutdown = true;
            for (int i = 0; i < workers; i++) {
                queue.add(Slot.POISON);
            }
        }
    }

    /**
     * Stops now: tasks not yet started are cancelled and returned (running one of them runs it in the
     * calling JVM), running tasks are cancelled and their workers (and the workers' child processes)
     * are killed.
     *
     * @return the tasks that never started, in submission order
     */
    @Override
    public List<Runnable> shutdownNow() {
        var neverStarted = new ArrayList<Runnable>();
        synchronized (lifecycle) {
            shutdown = true;
            stopping = true;
            var drained = new ArrayList<Job<?>>();
            queue.drainTo(drained);
            for (Job<?> job : drained) {
                if (job != Slot.POISON && job.cancel(false)) {
                    neverStarted.add(job);
                }
            }
            for (int i = 0; i < workers; i++) {
                queue.add(Slot.POISON);
            }
        }
        slots.forEach(Slot::kill);
        return neverStarted;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    /** @return true once the pool was shut down, every task ended and every worker process exited */
    @Override
    public boolean isTerminated() {
        return slotsEnded.getCount() == 0;
    }

    /**
     * Waits until the pool terminated (after a shutdown: every task ended and every worker exited).
     *
     * @return true if it terminated, false if the timeout elapsed first
     */
    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return slotsEnded.await(timeout, unit);
    }

    @Override
    public String toString() {
        return "ProcessPoolExecutor[workers=" + workers + ", queued=" + queue.size()
                + (stopping ? ", stopped" : shutdown ? ", shut down" : "") + (isTerminated() ? ", terminated" : "")
                + ", pids=" + workerPids() + "]";
    }

    private <T> List<Future<T>> submitAll(Collection<? extends Callable<T>> tasks) {
        var futures = new ArrayList<Future<T>>(tasks.size());
        try {
            for (Callable<T> task : tasks) {
                futures.add(enqueue(task));
            }
        } catch (RuntimeException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        return futures;
    }

    /** Waits for the future until the given number of nanoseconds passed; false on timeout. */
    private static boolean awaitQuietly(Future<?> future, long nanos) throws InterruptedException {
        try {
            if (nanos == Long.MAX_VALUE) {
                future.get();
            } else {
                future.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException | CancellationException failedButDone) {
            // invokeAll reports it through the future
        } catch (TimeoutException e) {
            return false;
        }
        return true;
    }

    private static <T> Callable<T> asCallable(Runnable task, T result) {
        Objects.requireNonNull(task, "task");
        if (!(task instanceof Serializable)) {
            throw notSerialisable(task, task.getClass().getName(), null);
        }
        return (SerializableCallable<T>) () -> {
            task.run();
            return result;
        };
    }

    private <T> Job<T> enqueue(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        if (!(task instanceof Serializable)) {
            throw notSerialisable(task, task.getClass().getName(), null);
        }
        byte[] bytes;
        try {
            bytes = Frames.serialize(task);
        } catch (NotSerializableException e) {
            throw notSerialisable(task, e.getMessage(), e);
        } catch (IOException e) {
            throw new RejectedExecutionException("The task " + task + " could not be serialised: " + e, e);
        }
        var job = new Job<>(ids.incrementAndGet(), bytes, task);
        synchronized (lifecycle) {
            if (shutdown) {
                throw new RejectedExecutionException("The process pool is shut down: it accepts no new tasks");
            }
            queue.add(job);
        }
        return job;
    }

    private static RejectedExecutionException notSerialisable(Object task, String className, Exception cause) {
        var e = new RejectedExecutionException("The task cannot be sent to a worker process: " + className
                + " is not serialisable. A process pool copies each task, with everything it captures, into"
                + " another JVM: capture only serialisable values (numbers, strings, records implementing"
                + " java.io.Serializable) and declare lambdas as SerializableCallable or SerializableFunction."
                + " (task: " + task.getClass().getName() + ")");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /** What the slots may call back; kept off the public API. */
    private final class Callbacks implements Slot.Pool {
        @Override
        public BlockingQueue<Job<?>> queue() {
            return queue;
        }

        @Override
        public boolean isStopping() {
            return stopping;
        }

        @Override
        public void complete(Job<?> job, Messages.Reply reply) {
            job.completeWith(reply, loader);
        }

        @Override
        public void slotEnded() {
            slotsEnded.countDown();
        }
    }
}
