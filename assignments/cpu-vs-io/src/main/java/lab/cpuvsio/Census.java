package lab.cpuvsio;

import java.util.List;

/**
 * The result of a prime census of a range: the total and the count of each chunk. Given and
 * complete; do not change it.
 *
 * @param from the first number of the range
 * @param to one past the last number of the range
 * @param primes the number of primes in {@code [from, to)}
 * @param chunks the chunks the range was split into, in ascending order (an unmodifiable copy)
 */
public record Census(long from, long to, long primes, List<ChunkCount> chunks) {
    /** Copies the list of chunks. */
    public Census {
        chunks = List.copyOf(chunks);
    }
}
