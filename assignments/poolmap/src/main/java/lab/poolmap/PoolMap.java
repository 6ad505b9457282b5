package lab.poolmap;

import java.util.List;
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
        throw new UnsupportedOperationException("poolmap: not implemented yet");
    }
}
