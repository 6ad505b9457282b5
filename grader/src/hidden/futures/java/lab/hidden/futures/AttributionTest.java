package lab.hidden.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lab.futures.FetchedPage;
import lab.futures.Gathering;
import lab.futures.PageGatherer;
import lab.futures.PageResult;
import lab.kit.http.TestHttpServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class AttributionTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void each_url_gets_exactly_the_bytes_the_server_sent_for_it() throws Exception {
        Seeds seeds = Seeds.fresh();
        int count = seeds.between(4, 7);
        try (TestHttpServer server = TestHttpServer.start()) {
            Pages pages = new Pages(server);
            List<URI> urls = pages.addEachGated("/pages", count, seeds);
            Releases releases = new Releases(pages, urls, seeds);

            try (Gathering gathering = PageGatherer.gather(urls, count, Duration.ofSeconds(20))) {
                // the pages are answered one by one, out of list order when fetched concurrently
                releases.awaitWaiting(2, Duration.ofSeconds(3));
                while (!releases.done()) {
                    URI released = releases.releaseOne();
                    Awaitility.await().atMost(WAIT).until(() -> server.requestsServed(released.getPath()) >= 1);
                }
                List<PageResult> results = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    Optional<PageResult> next = Results.next(gathering, WAIT);
                    assertThat(next)
                            .as("every page was answered, but result %d of %d did not arrive within %s (%s)",
                                    i + 1, count, WAIT, seeds)
                            .isPresent();
                    results.add(next.get());
                }

                for (PageResult result : results) {
                    assertThat(result).as("every page answered 200 (%s)", seeds).isInstanceOf(FetchedPage.class);
                    String named = Pages.pathNamedBy(result);
                    assertThat(result.uri().getPath())
                            .as("the result for %s carries the page of %s (%d bytes) (%s): a page's bytes were "
                                    + "attributed to another URL. Pair each URL with its own future or task, as the "
                                    + "lecture's future_to_url does, and take the URL from there - never from a "
                                    + "counter of the results handed out so far", result.uri(), named,
                                    ((FetchedPage) result).size(), seeds)
                            .isEqualTo(named);
                    assertThat(((FetchedPage) result).body())
                            .as("the bytes of %s are exactly the bytes the server sent for it (%s)", named, seeds)
                            .isEqualTo(pages.bodyOf(named));
                }
                assertThat(results.stream().map(PageResult::uri).toList())
                        .as("every URL gives exactly one result (%s)", seeds)
                        .containsExactlyInAnyOrderElementsOf(urls);
            }
        }
    }
}
