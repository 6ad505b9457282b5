package lab.hidden.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lab.futures.FetchedPage;
import lab.futures.Gathering;
import lab.futures.PageGatherer;
import lab.futures.PageResult;
import lab.kit.http.TestHttpServer;
import org.junit.jupiter.api.Test;

class CompletionOrderTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void each_page_is_handed_back_as_soon_as_it_has_arrived_whatever_its_place_in_the_list() throws Exception {
        Seeds seeds = Seeds.fresh();
        int count = seeds.between(3, 6);
        try (TestHttpServer server = TestHttpServer.start()) {
            Pages pages = new Pages(server);
            List<URI> urls = pages.addEachGated("/news", count, seeds);
            Releases releases = new Releases(pages, urls, seeds);

            try (Gathering gathering = PageGatherer.gather(urls, count, Duration.ofSeconds(20))) {
                // with two requests at the server, the first page released is a later one than the first URL
                releases.awaitWaiting(2, Duration.ofSeconds(3));
                int handedBack = 0;
                while (!releases.done()) {
                    URI released = releases.releaseOne();
                    Optional<PageResult> next = Results.next(gathering, WAIT);

                    assertThat(next.map(Pages::pathNamedBy))
                            .as("the server answered only %s (URL #%d of %d, %s) and held back every other page, yet "
                                    + "next() %s. Hand back each page as soon as its fetch completes (Python's "
                                    + "as_completed, Java's ExecutorCompletionService), not in the order of the list",
                                    released.getPath(), urls.indexOf(released), count, seeds,
                                    next.isEmpty() ? "gave nothing within " + WAIT : "gave " + next.get())
                            .contains(released.getPath());
                    assertThat(next.get()).isInstanceOf(FetchedPage.class);
                    handedBack++;
                }
                assertThat(handedBack).isEqualTo(count);
            }
        }
    }
}
