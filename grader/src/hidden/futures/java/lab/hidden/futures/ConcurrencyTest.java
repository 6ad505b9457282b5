package lab.hidden.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.futures.Gathering;
import lab.futures.PageGatherer;
import lab.kit.http.Gate;
import lab.kit.http.TestHttpServer;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    /** A correct gatherer has its requests at the server within milliseconds; this is generous. */
    private static final Duration ARRIVAL = Duration.ofSeconds(5);
    /** How long the test gives a request beyond `workers` to show up at the server. */
    private static final Duration CHANCE = Duration.ofMillis(500);
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void as_many_requests_as_there_are_workers_are_in_flight_at_the_same_time() throws Exception {
        Seeds seeds = Seeds.fresh();
        int workers = seeds.between(2, 4);
        try (TestHttpServer server = TestHttpServer.start()) {
            Pages pages = new Pages(server);
            Gate gate = server.gate();
            List<URI> urls = new ArrayList<>();
            for (int i = 0; i < 2 * workers; i++) {
                urls.add(pages.add("/feed/" + i, seeds, gate));
            }

            try (Gathering gathering = PageGatherer.gather(urls, workers, Duration.ofSeconds(20))) {
                boolean allWorkersBusy = gate.awaitWaiting(workers, ARRIVAL);
                int atOnce = gate.waiting();
                gate.open();
                drain(gathering, urls.size());

                assertThat(allWorkersBusy)
                        .as("%d URLs on %d workers (%s): only %d request(s) were at the server at the same time "
                                + "within %s, so the pages were fetched one after another. Submit every fetch to a "
                                + "pool of `workers` threads before waiting for any result (executor.submit for each "
                                + "URL, then as_completed)", urls.size(), workers, seeds, atOnce, ARRIVAL)
                        .isTrue();
            }
        }
    }

    @Test
    void never_more_requests_are_in_flight_than_there_are_workers() throws Exception {
        Seeds seeds = Seeds.fresh();
        int workers = seeds.between(2, 4);
        try (TestHttpServer server = TestHttpServer.start()) {
            Pages pages = new Pages(server);
            Gate gate = server.gate();
            List<URI> urls = new ArrayList<>();
            for (int i = 0, n = workers + seeds.between(1, workers); i < n; i++) {
                urls.add(pages.add("/feed/" + i, seeds, gate));
            }

            try (Gathering gathering = PageGatherer.gather(urls, workers, Duration.ofSeconds(20))) {
                gate.awaitWaiting(workers, ARRIVAL);
                gate.awaitWaiting(workers + 1, CHANCE);
                gate.open();
                drain(gathering, urls.size());

                assertThat(server.peakInFlight())
                        .as("%d URLs on %d workers (%s): %d requests were at the server at the same time. The pool "
                                + "must have exactly `workers` threads (Executors.newFixedThreadPool(workers)), like "
                                + "the lecture's ThreadPoolExecutor(max_workers=5): a pool that grows with the list "
                                + "floods the sites it gathers from", urls.size(), workers, seeds, server.peakInFlight())
                        .isLessThanOrEqualTo(workers);
            }
        }
    }

    /** Takes every result, so the fetches are over before the server closes. */
    private static void drain(Gathering gathering, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            if (Results.next(gathering, WAIT).isEmpty()) {
                return;
            }
        }
    }
}
