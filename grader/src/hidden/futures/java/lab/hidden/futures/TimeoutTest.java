package lab.hidden.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lab.futures.FailureReason;
import lab.futures.FetchFailed;
import lab.futures.Gathering;
import lab.futures.PageGatherer;
import lab.futures.PageResult;
import lab.kit.http.Gate;
import lab.kit.http.TestHttpServer;
import org.junit.jupiter.api.Test;

class TimeoutTest {
    /** Longer than any request timeout here, and than a quick page takes on a loaded machine. */
    private static final Duration WAIT = Duration.ofSeconds(6);

    @Test
    void a_request_not_answered_within_its_timeout_becomes_a_timeout_failure() throws Exception {
        Seeds seeds = Seeds.fresh();
        Duration requestTimeout = Duration.ofMillis(seeds.between(1500, 2500));
        try (TestHttpServer server = TestHttpServer.start()) {
            Pages pages = new Pages(server);
            // this gate stays shut for the whole test: only a timeout can end that request
            Gate never = server.gate();
            URI silent = pages.add("/silent", seeds, never);
            URI quick = pages.add("/quick", seeds, null);
            List<URI> urls = seeds.shuffled(List.of(silent, quick));

            try (Gathering gathering = PageGatherer.gather(urls, 2, requestTimeout)) {
                List<PageResult> results = new ArrayList<>();
                for (int i = 0; i < urls.size(); i++) {
                    Optional<PageResult> next = Results.next(gathering, WAIT);
                    assertThat(next)
                            .as("%s never answers; with a request timeout of %s its result should have been a "
                                    + "TIMEOUT failure long before %s had passed (%s). Give each request its timeout: "
                                    + "HttpRequest.newBuilder(url).timeout(requestTimeout), the lecture's "
                                    + "urlopen(url, timeout=...)", silent, requestTimeout, WAIT, seeds)
                            .isPresent();
                    results.add(next.get());
                }

                assertThat(results.stream().map(Pages::pathNamedBy))
                        .as("the quick page arrives although the other request hangs (%s)", seeds)
                        .contains("/quick");
                assertThat(results)
                        .as("the request that got no answer within %s is a FetchFailed with reason TIMEOUT "
                                + "(HttpTimeoutException) (%s)", requestTimeout, seeds)
                        .anySatisfy(result -> assertThat(result).isInstanceOfSatisfying(FetchFailed.class,
                                failed -> assertThat(failed.reason()).isEqualTo(FailureReason.TIMEOUT)));
            }
        }
    }
}
