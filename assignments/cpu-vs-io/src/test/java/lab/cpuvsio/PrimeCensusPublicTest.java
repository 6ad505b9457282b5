package lab.cpuvsio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A census starts worker JVMs, about a second each on a busy machine: hence the longer bound. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrimeCensusPublicTest {

    @Test
    void the_primes_below_a_hundred_are_twenty_five_in_four_chunks_that_cover_the_range() throws Exception {
        try (PrimeCensus census = new PrimeCensus(2)) {
            Census result = census.count(0, 100, 4);

            assertThat(result.primes())
                    .as("there are 25 primes below 100 (2, 3, 5, ..., 97)")
                    .isEqualTo(25);
            List<ChunkCount> chunks = List.copyOf(result.chunks());
            assertThat(chunks).as("count(0, 100, 4) splits the range into 4 chunks").hasSize(4);
            assertThat(chunks.getFirst().from()).as("the first chunk starts at `from`").isZero();
            assertThat(chunks.getLast().to()).as("the last chunk ends at `to`").isEqualTo(100);
            for (int i = 1; i < chunks.size(); i++) {
                assertThat(chunks.get(i).from())
                        .as("chunk %d must start where chunk %d ends: %s", i, i - 1, chunks)
                        .isEqualTo(chunks.get(i - 1).to());
            }
        }
    }

    @Test
    void the_chunks_are_counted_in_other_processes_than_the_callers() throws Exception {
        long caller = ProcessHandle.current().pid();
        try (PrimeCensus census = new PrimeCensus(2)) {
            Census result = census.count(1_000, 5_000, 3);

            assertThat(result.chunks())
                    .as("each chunk carries the pid of the JVM that counted it; the caller's pid is %d: "
                            + "CPU-bound work goes to the worker processes of a process pool", caller)
                    .allSatisfy(chunk -> assertThat(chunk.workerPid()).isNotEqualTo(caller));
        }
    }
}
