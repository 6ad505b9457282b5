package lab.cpuvsio;

import java.util.concurrent.ExecutionException;

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

    /**
     * Starts the census's process pool: {@code workers} worker JVMs of the course kit's
     * {@link lab.kit.process.ProcessPoolExecutor}, which live until {@link #close()}.
     *
     * @param workers the number of worker processes, at least 1
     * @throws IllegalArgumentException if {@code workers < 1}
     */
    public PrimeCensus(int workers) {
        throw new UnsupportedOperationException("cpu-vs-io: not implemented yet");
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
        throw new UnsupportedOperationException("cpu-vs-io: not implemented yet");
    }

    /**
     * Shuts the census's process pool down and waits until every worker process has exited.
     * Idempotent.
     */
    @Override
    public void close() {
        throw new UnsupportedOperationException("cpu-vs-io: not implemented yet");
    }
}
