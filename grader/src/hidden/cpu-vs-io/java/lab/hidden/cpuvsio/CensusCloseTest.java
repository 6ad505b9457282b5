package lab.hidden.cpuvsio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.cpuvsio.PrimeCensus;
import lab.kit.testing.ProcessLeaks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CensusCloseTest {
    /** close() waits for the workers itself; this only absorbs the operating system's bookkeeping. */
    private static final Duration GONE = Duration.ofSeconds(5);

    @AfterEach
    void no_worker_is_left_behind() {
        ProcessLeaks.killAll();
    }

    @Test
    void close_ends_every_worker_process_the_census_started() throws Exception {
        ProcessLeaks before = ProcessLeaks.snapshot();
        PrimeCensus census = new PrimeCensus(2);
        census.count(0, 10_000, 4);

        census.close();

        List<ProcessHandle> left = before.awaitGone(GONE);
        assertThat(left)
                .as("%d s after close() returned, these worker processes still ran: %s. close() must shut the "
                        + "process pool down and wait for its workers to exit (ProcessPoolExecutor.close()), as "
                        + "leaving Python's `with ProcessPoolExecutor(...)` block does", GONE.toSeconds(),
                        ProcessLeaks.describe(left))
                .isEmpty();
    }
}
