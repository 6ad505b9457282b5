package lab.cpuvsio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import lab.kit.http.Gate;
import lab.kit.http.Page;
import lab.kit.http.TestHttpServer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PageIngestPublicTest {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    @Test
    void every_page_is_read_with_its_status_and_size_in_input_order() throws Exception {
        try (TestHttpServer server = TestHttpServer.start()) {
            Gate firstPage = server.gate();
            List<URI> pages = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                Page page = Page.ofSize(100 * i);
                // the first page is held until the others were served, so it finishes last
                server.page("/records/" + i, i == 1 ? page.heldBy(firstPage) : page);
                pages.add(server.uri("/records/" + i));
            }

            var ingest = startReading(pages);
            awaitServed(server, 2, 20, Duration.ofSeconds(10));
            firstPage.open();
            List<PageRead> reads = List.copyOf(ingest.get(20, TimeUnit.SECONDS));

            assertThat(reads).as("one read per page").hasSize(20);
            for (int i = 0; i < 20; i++) {
                assertThat(reads.get(i))
                        .as("read %d belongs to %s, which has %d bytes, although the first page finished last",
                                i, pages.get(i), 100 * (i + 1))
                        .isEqualTo(new PageRead(pages.get(i), 200, 100 * (i + 1)));
            }
        }
    }

    @Test
    void fifty_reads_held_at_the_server_are_all_in_flight_at_once() throws Exception {
        try (TestHttpServer server = TestHttpServer.start()) {
            Gate gate = server.gate();
            List<URI> pages = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                server.page("/records/" + i, Page.ok("record " + i).heldBy(gate));
                pages.add(server.uri("/records/" + i));
            }

            var ingest = startReading(pages);
            boolean allHeld = gate.awaitWaiting(50, Duration.ofSeconds(20));
            int held = gate.waiting();
            gate.open();

            assertThat(allHeld)
                    .as("only %d of 50 reads were waiting at the server at the same moment: start every read "
                            + "before waiting for any, each on a thread of its own", held)
                    .isTrue();
            assertThat(ingest.get(20, TimeUnit.SECONDS)).as("one read per page").hasSize(50);
        }
    }

    /** Calls readAll on a thread of its own, so that the test can watch the server meanwhile. */
    private static CompletableFuture<List<PageRead>> startReading(List<URI> pages) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return PageIngest.readAll(pages, READ_TIMEOUT);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, runnable -> new Thread(runnable, "ingest caller").start());
    }

    /** Waits until /records/first .. /records/last were all served, at most {@code bound}; a slow ingest is not failed here. */
    private static void awaitServed(TestHttpServer server, int first, int last, Duration bound) {
        try {
            await().atMost(bound).pollInterval(Duration.ofMillis(5))
                    .until(() -> IntStream.rangeClosed(first, last).allMatch(i -> server.requestsServed("/records/" + i) > 0));
        } catch (ConditionTimeoutException slowIngest) {
            // the order check that follows tells the student what went wrong, in its own words
        }
    }
}
