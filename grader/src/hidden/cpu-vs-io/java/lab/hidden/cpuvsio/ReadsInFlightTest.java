package lab.hidden.cpuvsio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.hidden.common.Seeds;
import lab.kit.http.Gate;
import lab.kit.http.Page;
import lab.kit.http.TestHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lecture's "thousands of threads with barely a concern", counted at the server: every request is
 * held at a gate until all of them have arrived, so only reads that are truly in flight together pass.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ReadsInFlightTest {
    private static final int READS = 1000;
    /** A thousand connections arrive well within this on a loaded machine; a sequential ingest never gets there. */
    private static final Duration ALL_HELD = Duration.ofSeconds(40);
    /** No new request for this long, with some already held: the ingest reads a few at a time and waits for them. */
    private static final Duration STALL = Duration.ofSeconds(6);
    private static final Duration RETURN = Duration.ofSeconds(15);

    @Test
    void a_thousand_reads_held_at_the_server_are_all_in_flight_at_once() throws Exception {
        Seeds seeds = Seeds.fresh();
        try (TestHttpServer server = TestHttpServer.start()) {
            Gate gate = server.gate();
            List<URI> pages = new ArrayList<>();
            for (int i = 0; i < READS; i++) {
                String path = "/records/" + i;
                server.page(path, Page.ofSize(seeds.between(10, 200)).heldBy(gate));
                pages.add(server.uri(path));
            }

            Ingest ingest = Ingest.start(pages);
            boolean allHeld = ingest.awaitHeld(gate, READS, ALL_HELD, STALL);
            int peak = server.peakInFlight();
            if (!allHeld) {
                // the reads still to come then fail fast instead of being served one by one
                server.close();
            }
            gate.open();
            ingest.awaitEnd(RETURN);
            ingest.assertDidNotThrow();

            assertThat(allHeld)
                    .as("Of %d reads, at most %d were in flight at the server at the same moment. Reading pages is "
                            + "I/O-bound: each read waits for the network, not for a CPU, so start one virtual thread "
                            + "per read (Executors.newVirtualThreadPerTaskExecutor()) and start them all before "
                            + "waiting for any. A process pool or a single thread reads a few pages at a time",
                            READS, peak)
                    .isTrue();
            assertThat(ingest.isDone())
                    .as("PageIngest.readAll had not returned %d s after every page was released: it must return "
                            + "once every read has ended", RETURN.toSeconds())
                    .isTrue();
            assertThat(ingest.result(RETURN)).as("readAll must return one read per page").hasSize(READS);
        }
    }
}
