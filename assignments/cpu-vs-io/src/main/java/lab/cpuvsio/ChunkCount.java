package lab.cpuvsio;

import java.io.Serializable;

/**
 * The count of one chunk of a census, as the worker process that counted it reports it back.
 * Given and complete; do not change it. It is {@link Serializable} because it travels from a
 * worker JVM back to the caller's JVM.
 *
 * @param from the first number of the chunk
 * @param to one past the last number of the chunk (the chunk is the half-open range {@code [from, to)})
 * @param primes the number of primes in the chunk
 * @param workerPid the pid of the process that counted the chunk: {@code ProcessHandle.current().pid()}
 *     evaluated where the counting ran
 */
public record ChunkCount(long from, long to, long primes, long workerPid) implements Serializable {
}
