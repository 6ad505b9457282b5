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
import lab.kit.testing.ThreadLeaks;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

class CancelTest {
    /** The requests in these tests would wait this long for an answer: only cancel() can end them sooner. */
    private static final Duration LONG_TIMEOUT = Duration.ofSeconds(30);
    /** cancel() of a correct gathering returns within milliseconds; this is generous. */
    private static final Duration CANCEL_BOUND = Duration.ofSeconds(5);
    /** Threads whose task was interrupted end within milliseconds; this is generous. */
    private static final Duration THREADS_END = Duration.ofSeconds(3);
    /** How long the server watches for a request that should never come. */
    private static final Duration WATCH = Duration.ofMillis(500);

    @Test
    void cancel_interrupts_the_fetches_in_flight_and_returns_once_none_runs() throws Exception {
        Seeds seeds = Seeds.fresh();
        int workers = seeds.between(2, 3);
        try (TestHttpServer server = TestHttpServer.start()) {
            Gate gate = server.gate();
            List<URI> urls = heldPages(server, gate, workers + seeds.between(1, 3), seeds);
            ThreadLeaks leaks = ThreadLeaks.snapshot().ignoring(t -> t.getName().startsWith("HttpClient"));

            Gathering gathering = PageGatherer.gather(urls, workers, LONG_TIMEOUT);
            try {
                gate.awaitWaiting(1, Duration.ofSeconds(5));
                List<URI> cancelled = Results.within(CANCEL_BOUND, gathering::cancel,
                        "cancel() did not return within " + CANCEL_BOUND + " while the server held every request "
                                + "(" + seeds + "): cancel each future with cancel(true) (or shutdownNow the pool), "
                                + "which interrupts the fetches in flight, then wait for the pool to terminate");
                List<Thread> stillRunning = leaks.awaitGone(THREADS_END);

                assertThat(stillRunning)
                        .as("%s after cancel() returned, these threads of the gathering were still alive, most likely "
                                + "still waiting for their answer (%s):%n%s%nA fetch in flight must be interrupted "
                                + "(future.cancel(true) or shutdownNow: HttpClient.send then abandons its request), "
                                + "not left to run until its timeout", THREADS_END, seeds, ThreadLeaks.describe(stillRunning))
                        .isEmpty();
                assertThat(cancelled)
                        .as("no page had arrived, so cancel() cancelled every URL and returns them all in list order (%s)",
                                seeds)
                        .containsExactlyElementsOf(urls);
            } finally {
                gate.open();
                gathering.close();
            }
        }
    }

    @Test
    void fetches_not_yet_started_never_send_their_request_after_cancel() throws Exception {
        Seeds seeds = Seeds.fresh();
        int workers = seeds.between(2, 3);
        try (TestHttpServer server = TestHttpServer.start()) {
            Gate gate = server.gate();
            List<URI> urls = heldPages(server, gate, workers + seeds.between(2, 4), seeds);

            Gathering gathering = PageGatherer.gather(urls, workers, LONG_TIMEOUT);
            try {
                gate.awaitWaiting(1, Duration.ofSeconds(5));
                int startedBeforeCancel = steadyCountAt(gate);
                Results.within(CANCEL_BOUND, gathering::cancel,
                        "cancel() did not return within " + CANCEL_BOUND + " (" + seeds + "): cancel the futures "
                                + "with cancel(true) instead of waiting for them to finish");
                // the requests already in flight are let go now; nothing else may ever reach the server
                gate.open();
                Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> server.inFlight() == 0);
                try {
                    Awaitility.await().during(WATCH).atMost(WATCH.plus(Duration.ofSeconds(3)))
                            .until(() -> server.requestsServed() <= startedBeforeCancel);
                } catch (ConditionTimeoutException moreCame) {
                    // the count below says how many
                }
                int served = server.requestsServed();

                assertThat(served)
                        .as("%d URLs on %d workers (%s): cancel() came while %d requests were at the server, yet %d "
                                + "requests reached it in all. The fetches still queued must never "
                                + "start: cancel every future that is not done (future.cancel(true)), which removes "
                                + "it from the pool's queue - leaving Python's `with` block would run them all - and "
                                + "cancel the queued ones before you interrupt a running one (last to first): an "
                                + "interrupted fetch frees its worker, which takes the next queued fetch at once",
                                urls.size(), workers, seeds, startedBeforeCancel, served)
                        .isLessThanOrEqualTo(startedBeforeCancel);
            } finally {
                gate.open();
                gathering.close();
            }
        }
    }

    /** The number of requests held at the gate once no more arrive for a while: the fetches that have started. */
    private static int steadyCountAt(Gate gate) {
        int[] last = {-1};
        try {
            Awaitility.await().pollInterval(Duration.ofMillis(20)).during(Duration.ofMillis(300))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> {
                        int now = gate.waiting();
                        boolean same = now == last[0];
                        last[0] = now;
                        return same;
                    });
        } catch (ConditionTimeoutException stillArriving) {
            // take what is there
        }
        return gate.waiting();
    }

    private static List<URI> heldPages(TestHttpServer server, Gate gate, int count, Seeds seeds) {
        Pages pages = new Pages(server);
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            urls.add(pages.add("/ingest/" + i, seeds, gate));
        }
        return urls;
    }
}
