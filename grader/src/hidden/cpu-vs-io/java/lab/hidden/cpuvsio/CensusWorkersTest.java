package lab.hidden.cpuvsio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import lab.cpuvsio.Census;
import lab.cpuvsio.ChunkCount;
import lab.cpuvsio.PrimeCensus;
import lab.hidden.common.Seeds;
import lab.kit.testing.ProcessLeaks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where the CPU-bound work ran, told by pids: a count, not a clock. Worker JVMs take a second or more to start. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CensusWorkersTest {

    @AfterEach
    void no_worker_is_left_behind() {
        ProcessLeaks.killAll();
    }

    @Test
    void every_chunk_is_counted_in_a_worker_process_of_the_census_not_in_the_callers_jvm() throws Exception {
        Seeds seeds = Seeds.fresh();
        long from = seeds.between(0, 2_000_000);
        long to = from + seeds.between(20_000, 60_000);
        int chunks = seeds.between(4, 8);
        long caller = ProcessHandle.current().pid();

        try (PrimeCensus census = new PrimeCensus(2)) {
            Census result = census.count(from, to, chunks);
            List<ChunkCount> counted = List.copyOf(result.chunks());
            Set<Long> children = ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());

            assertThat(counted)
                    .as("count(%d, %d, %d) returned no chunks (%s): every chunk is counted and reported",
                            from, to, chunks, seeds)
                    .isNotEmpty();
            for (ChunkCount chunk : counted) {
                assertThat(chunk.workerPid())
                        .as("Chunk [%d, %d) was counted in the caller's JVM (pid %d, %s). Counting primes is CPU-bound: "
                                + "hand each chunk to the census's ProcessPoolExecutor, which counts it in a worker "
                                + "process, not to a thread pool in this JVM",
                                chunk.from(), chunk.to(), caller, seeds)
                        .isNotEqualTo(caller);
                assertThat(children)
                        .as("Chunk [%d, %d) names pid %d, which is not a worker process of this census (the census's "
                                + "JVM has the child processes %s, %s). Report the pid of the JVM that counted: "
                                + "ProcessHandle.current().pid() evaluated inside the task, in the worker",
                                chunk.from(), chunk.to(), chunk.workerPid(), children, seeds)
                        .contains(chunk.workerPid());
            }
        }
    }
}
