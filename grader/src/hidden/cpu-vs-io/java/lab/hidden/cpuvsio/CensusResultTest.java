package lab.hidden.cpuvsio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.cpuvsio.Census;
import lab.cpuvsio.ChunkCount;
import lab.cpuvsio.PrimeCensus;
import lab.hidden.common.Seeds;
import lab.kit.testing.ProcessLeaks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Parallel counts compared with a sequential sieve, on ranges and chunk counts the student cannot predict. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CensusResultTest {

    @AfterEach
    void no_worker_is_left_behind() {
        ProcessLeaks.killAll();
    }

    @Test
    void the_census_of_random_ranges_matches_a_sequential_count_chunk_by_chunk() throws Exception {
        Seeds seeds = Seeds.fresh();
        try (PrimeCensus census = new PrimeCensus(2)) {
            for (int round = 1; round <= 2; round++) {
                long from = seeds.between(0, 3_000_000);
                long to = from + seeds.between(20_000, 120_000);
                int chunks = seeds.between(2, 9);

                Census result = census.count(from, to, chunks);

                checkChunks(result, from, to, chunks, seeds);
                long expected = Sieve.primesIn(from, to);
                assertThat(result.primes())
                        .as("count(%d, %d, %d) gave %d primes, a sequential count gives %d (%s, round %d). Add up the "
                                + "counts the tasks return: a worker process has a heap of its own, so a total it "
                                + "adds to a static field never reaches the caller's JVM",
                                from, to, chunks, result.primes(), expected, seeds, round)
                        .isEqualTo(expected);
            }
        }
    }

    private static void checkChunks(Census result, long from, long to, int chunks, Seeds seeds) {
        List<ChunkCount> counted = List.copyOf(result.chunks());
        assertThat(counted)
                .as("count(%d, %d, %d) must split the range into exactly %d chunks (%s)", from, to, chunks, chunks, seeds)
                .hasSize(chunks);
        long expectedFrom = from;
        for (int i = 0; i < counted.size(); i++) {
            ChunkCount chunk = counted.get(i);
            assertThat(chunk.from())
                    .as("count(%d, %d, %d): chunk %d starts at %d, but the chunk before it ends at %d (%s). The chunks "
                            + "are half-open [from, to), each starting where the one before ends: an overlap counts "
                            + "its numbers twice, a gap not at all. Chunks: %s",
                            from, to, chunks, i, chunk.from(), expectedFrom, seeds, counted)
                    .isEqualTo(expectedFrom);
            assertThat(chunk.to())
                    .as("count(%d, %d, %d): chunk %d [%d, %d) is empty or reversed (%s)",
                            from, to, chunks, i, chunk.from(), chunk.to(), seeds)
                    .isGreaterThan(chunk.from());
            long expected = Sieve.primesIn(chunk.from(), chunk.to());
            assertThat(chunk.primes())
                    .as("chunk %d [%d, %d) reports %d primes, a sequential count gives %d (%s)",
                            i, chunk.from(), chunk.to(), chunk.primes(), expected, seeds)
                    .isEqualTo(expected);
            expectedFrom = chunk.to();
        }
        assertThat(expectedFrom)
                .as("count(%d, %d, %d): the last chunk ends at %d, not at `to` (%s): the chunks must cover the whole "
                        + "range. Chunks: %s", from, to, chunks, expectedFrom, seeds, counted)
                .isEqualTo(to);
    }
}
