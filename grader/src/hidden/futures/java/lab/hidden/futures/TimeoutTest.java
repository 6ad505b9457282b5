package lab.hidden.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
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
    /** Far longer than any request timeout here: only a gatherer without a timeout waits that long. */
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void a_request_not_answered_within_its_timeout_becomes_a_timeout_failure() throws Exception {
        Seeds seeds = Seeds.fresh();
        Duration requestTimeout = Duration.ofMillis(seeds.between(200, 600));
        try (TestHttpServer server = TestHttpServer.start()) {
            // this gate stays shut for the whole test: only a timeout can end the request
            Gate never = server.gate();
            URI silent = new Pages(server).add("/silent", seeds, never);

            try (Gathering gathering = PageGatherer.gather(List.of(silent), 1, requestTimeout)) {
                Optional<PageResult> next = Results.next(gathering, WAIT);

                assertThat(next)
                        .as("%s never answers; with a request timeout of %s its result should have been a TIMEOUT "
                                + "failure long before %s had passed (%s). Give each request its timeout: "
                                + "HttpRequest.newBuilder(url).timeout(requestTimeout), the lecture's "
                                + "urlopen(url, timeout=...)", silent, requestTimeout, WAIT, seeds)
                        .isPresent();
                assertThat(next.get())
                        .as("the request that got no answer within %s is a FetchFailed (%s)", requestTimeout, seeds)
                        .isInstanceOf(FetchFailed.class);
                assertThat(((FetchFailed) next.get()).reason())
                        .as("no answer within the timeout is reported as TIMEOUT: catch HttpTimeoutException (%s)", seeds)
                        .isEqualTo(FailureReason.TIMEOUT);
            }
        }
    }
}
