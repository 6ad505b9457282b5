package lab.poolmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps a function over a list of inputs on a pool of worker threads: the Java form of Python's
 * {@code executor.map(function, inputs)} inside {@code with ThreadPoolExecutor(max_workers=workers)}.
 */
public final class PoolMap {

    private PoolMap() {
    }

    /**
     * Applies {@code function} to every element of {@code inputs} on a pool of {@code workers}
     * threads and returns the results.
     *
     * <ul>
     *   <li><b>Order:</b> result {@code i} is {@code function.apply(inputs.get(i))}: the results come
     *       back in input order, whatever order the calls finish in. A {@code null} result is kept.</li>
     *   <li><b>Concurrency:</b> the calls run on pool threads, never more than {@code workers} of them
     *       at the same moment; when there are at least {@code workers} inputs, {@code workers} calls
     *       do run at the same moment (the pool is not used one call after another).</li>
     *   <li><b>Failure:</b> if the function throws for some inputs, {@code map} throws an
     *       {@link ElementFailedException} for the failing input with the <em>lowest index</em> (the
     *       first failing element in input order, which is where Python's result iterator would
     *       raise), whose {@linkplain Throwable#getCause() cause} is exactly the exception the
     *       function threw. A failure is never swallowed.</li>
     *   <li><b>Clean-up:</b> whether it returns or throws, {@code map} shuts its pool down and waits
     *       until no call is running any more; no pool thread outlives the call to {@code map}.</li>
     * </ul>
     *
     * @param function the function to apply; it may be called from several threads at once
     * @param inputs   the inputs, in order; the list is not modified
     * @param workers  the number of pool threads, at least 1
     * @param <T>      the input type
     * @param <R>      the result type
     * @return a new list with one result per input, in input order
     * @throws ElementFailedException   if the function threw for at least one input (see above)
     * @throws IllegalArgumentException if {@code workers < 1}
     * @throws NullPointerException     if {@code function} or {@code inputs} is {@code null}
     * @throws InterruptedException     if the calling thread is interrupted while it waits; the pool
     *                                  is shut down before this is thrown
     */
    public static <T, R> List<R> map(Function<? super T, ? extends R> function, List<? extends T> inputs, int workers)
            throws InterruptedException {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(inputs, "inputs");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        List<Callable<R>> calls = new ArrayList<>(inputs.size());
        for (T input : inputs) {
            calls.add(() -> function.apply(input));
        }
        List<Future<R>> futures;
        // close() is Python's end of the `with` block: shut down, then wait for every call to end.
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            futures = pool.invokeAll(calls);
        }
        // invokeAll returns the futures in the order of the calls, whatever order they finished in.
        List<R> results = new ArrayList<>(futures.size());
        for (int i = 0; i < futures.size(); i++) {
            results.add(resultOf(futures.get(i), i));
        }
        return Collections.unmodifiableList(results);
    }

    private static <R> R resultOf(Future<R> future, int index) {
        return switch (future.state()) {
            case SUCCESS -> future.resultNow();
            case FAILED -> throw new ElementFailedException(index, future.exceptionNow());
            case CANCELLED, RUNNING -> throw new IllegalStateException(
                    "input #" + index + " has no result although invokeAll returned: " + future.state());
        };
    }
}
