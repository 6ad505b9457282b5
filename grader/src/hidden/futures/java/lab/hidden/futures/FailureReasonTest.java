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
import lab.kit.http.Page;
import lab.kit.http.TestHttpServer;
import org.junit.jupiter.api.Test;

class FailureReasonTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void a_status_of_400_or_more_is_a_failure_naming_the_status_not_a_page() throws Exception {
        Seeds seeds = Seeds.fresh();
        int status = seeds.oneOf(List.of(400, 403, 410, 429, 500, 502, 503));
        try (TestHttpServer server = TestHttpServer.start()) {
            server.page("/feed", Page.status(status));

            FetchFailed failed = failureOf(server.uri("/feed"), "a page answered with HTTP " + status, seeds);

            assertThat(failed.reason())
                    .as("HTTP %d is reported as %s (%s). Unlike Python's urlopen, Java's HttpClient does not throw "
                            + "on an error status: check response.statusCode() and report 400 or more as HTTP_STATUS",
                            status, failed.reason(), seeds)
                    .isEqualTo(FailureReason.HTTP_STATUS);
            assertThat(failed.detail())
                    .as("the detail of an HTTP failure names the status (%d), so a reader knows what went wrong", status)
                    .contains(String.valueOf(status));
        }
    }

    @Test
    void an_unknown_host_and_a_dropped_connection_are_told_apart() throws Exception {
        Seeds seeds = Seeds.fresh();
        try (TestHttpServer server = TestHttpServer.start()) {
            server.page("/dropped", Page.droppedConnection());
            URI madeUp = URI.create("http://news-" + seeds.between(1000, 9999) + ".invalid/");

            FetchFailed unknown = failureOf(madeUp, "a host under .invalid, which never resolves", seeds);
            FetchFailed dropped = failureOf(server.uri("/dropped"), "a server that closes the connection without answering", seeds);

            assertThat(unknown.reason())
                    .as("%s does not resolve: report UNKNOWN_HOST (the cause chain of the ConnectException holds "
                            + "an UnresolvedAddressException or UnknownHostException) (%s)", madeUp, seeds)
                    .isEqualTo(FailureReason.UNKNOWN_HOST);
            assertThat(dropped.reason())
                    .as("the server closed the connection without an answer: that is a CONNECTION failure (an "
                            + "IOException that is neither a timeout nor an unknown host) (%s)", seeds)
                    .isEqualTo(FailureReason.CONNECTION);
        }
    }

    private static FetchFailed failureOf(URI url, String what, Seeds seeds) throws Exception {
        try (Gathering gathering = PageGatherer.gather(List.of(url), 1, Duration.ofSeconds(20))) {
            Optional<PageResult> result = Results.next(gathering, WAIT);
            assertThat(result)
                    .as("%s (%s): no result arrived within %s; a failure is a result too (FetchFailed)", what, url, WAIT)
                    .isPresent();
            assertThat(result.get())
                    .as("%s (%s) gives no page: it must come back as a FetchFailed (%s)", what, url, seeds)
                    .isInstanceOf(FetchFailed.class);
            assertThat(result.get().uri()).as("the failure carries the URL that failed").isEqualTo(url);
            return (FetchFailed) result.get();
        }
    }
}
