package lab.cpuvsio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import lab.kit.process.ProcessPoolExecutor;
import lab.kit.process.SerializableCallable;

/**
 * The CPU-bound job: counts the primes in a range of numbers, split into chunks that are counted in
 * parallel in the worker processes of a process pool, the Java form of the lecture's
 * {@code ProcessPoolExecutor} "in cases of CPU-bound workloads".
 *
 * <p>A census owns its pool from construction to {@link #close()}, and reuses it for every
 * {@link #count} (starting a worker JVM costs about a second; see the course kit's README).
 *
 * <pre>{@code
 * try (PrimeCensus census = new PrimeCensus(2)) {
 *     Census primes = census.count(0, 1_000_000, 8);
 * }
 * }</pre>
 */
public final class PrimeCensus implements AutoCloseable {
    private final ProcessPoolExecutor pool;

    /**
     * Starts the census's process pool: {@code workers} worker JVMs of the course kit's
     * {@link ProcessPoolExecutor}, which live until {@link #close()}.
     *
     * @param workers the number of worker processes, at least 1
     * @throws IllegalArgumentException if {@code workers < 1}
     */
    public PrimeCensus(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a census needs at least one worker process, not " + workers);
        }
        pool = new ProcessPoolExecutor(workers);
    }

    /**
     * Counts the primes in {@code [from, to)} on the census's worker processes.
     *
     * <ul>
     *   <li><b>Chunks:</b> the range is split into exactly {@code chunks} non-empty, contiguous,
     *       half-open chunks in ascending order, which together cover {@code [from, to)} exactly once:
     *       the first starts at {@code from}, each next one starts where the one before ends, the last
     *       ends at {@code to}.</li>
     *   <li><b>Where:</b> each chunk is counted (with {@link Primes#countIn}) in a worker process of
     *       this census's pool, never in the caller's JVM; its {@link ChunkCount#workerPid()} is the
     *       pid of the worker that counted it. The chunks are all handed to the pool before any result
     *       is awaited, so the workers count in parallel.</li>
     *   <li><b>Result:</b> {@link Census#primes()} is the number of primes in {@code [from, to)}, the
     *       same as a sequential {@code Primes.countIn(from, to)}; each chunk's count is the number of
     *       primes in that chunk. Every count comes back as a task's result: a worker is another JVM
     *       with a heap of its own, so nothing it stores in a field is seen by the caller.</li>
     * </ul>
     *
     * @param from the first number, at least 0
     * @param to one past the last number, greater than {@code from}
     * @param chunks how many chunks to split the range into, from 1 to {@code to - from}
     * @return the census of the range, with its chunks in ascending order
     * @throws IllegalArgumentException if the range or the number of chunks is out of bounds
     * @throws ExecutionException if counting a chunk failed in its worker (for instance, the worker died)
     * @throws InterruptedException if the calling thread is interrupted while it waits
     * @throws IllegalStateException if the census was closed
     */
    public Census count(long from, long to, int chunks) throws ExecutionException, InterruptedException {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("a census counts a non-empty range of numbers from 0 up, not ["
                    + from + ", " + to + ")");
        }
        if (chunks < 1 || chunks > to - from) {
            throw new IllegalArgumentException(chunks + " chunks for " + (to - from) + " numbers: give between 1 and "
                    + (to - from));
        }
        if (pool.isShutdown()) {
            throw new IllegalStateException("this census was closed");
        }
        long size = to - from;
        List<Future<ChunkCount>> counts = new ArrayList<>(chunks);
        for (int i = 0; i < chunks; i++) {
            counts.add(pool.submit(countChunk(from + offset(size, chunks, i), from + offset(size, chunks, i + 1))));
        }
        List<ChunkCount> results = new ArrayList<>(chunks);
        long primes = 0;
        for (Future<ChunkCount> count : counts) {
            ChunkCount result = count.get();
            results.add(result);
            primes += result.primes();
        }
        return new Census(from, to, primes, results);
    }

    /** The i-th chunk starts at this offset; chunk sizes differ by at most one. */
    private static long offset(long size, int chunks, int i) {
        return size / chunks * i + Math.min(i, size % chunks);
    }

    /** Captures only the two bounds, so the task travels to a worker (a lambda capturing {@code this} would not). */
    private static SerializableCallable<ChunkCount> countChunk(long from, long to) {
        return () -> new ChunkCount(from, to, Primes.countIn(from, to), ProcessHandle.current().pid());
    }

    /**
     * Shuts the census's process pool down and waits until every worker process has exited.
     * Idempotent.
     */
    @Override
    public void close() {
        pool.close();
    }
}
