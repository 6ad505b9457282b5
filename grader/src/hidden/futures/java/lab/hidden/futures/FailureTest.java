package lab.hidden.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lab.futures.FetchFailed;
import lab.futures.Gathering;
import lab.futures.PageGatherer;
import lab.futures.PageResult;
import lab.kit.http.Gate;
import lab.kit.http.Page;
import lab.kit.http.TestHttpServer;
import org.junit.jupiter.api.Test;

class FailureTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void failing_urls_never_cost_the_other_urls_their_pages() throws Exception {
        Seeds seeds = Seeds.fresh();
        try (TestHttpServer server = TestHttpServer.start()) {
            server.page("/broken", Page.status(seeds.oneOf(List.of(500, 502, 503))));
            server.page("/dropped", Page.droppedConnection());
            List<URI> failing = seeds.shuffled(List.of(
                    URI.create("http://records-" + seeds.between(1000, 9999) + ".invalid/feed"),
                    server.uri("/broken"),
                    server.uri("/missing-" + seeds.between(1, 999)),
                    server.uri("/dropped")));
            // the good pages wait until every failure is in, so the failures surely come first
            Pages pages = new Pages(server);
            Gate gate = server.gate();
            List<URI> good = new ArrayList<>();
            for (int i = 0, n = seeds.between(2, 4); i < n; i++) {
                good.add(pages.add("/records/" + i, seeds, gate));
            }
            List<URI> urls = new ArrayList<>(failing);
            urls.addAll(good);

            try (Gathering gathering = PageGatherer.gather(urls, urls.size(), Duration.ofSeconds(20))) {
                List<PageResult> failures = new ArrayList<>();
                for (int i = 0; i < failing.size(); i++) {
                    Optional<PageResult> next = Results.next(gathering, WAIT);
                    assertThat(next)
                            .as("after the results %s no further result arrived within %s, although %d URLs fail "
                                    + "(%s) and %d good pages wait for them (%s). A failure belongs to its own URL: "
                                    + "catch it inside that URL's task and return a FetchFailed; never cancel, skip "
                                    + "or throw for the other URLs", failures, WAIT, failing.size(), failing,
                                    good.size(), seeds)
                            .isPresent();
                    assertThat(next.get())
                            .as("result %d should be one of the failing URLs %s (%s), the pages are still held back",
                                    i + 1, failing, seeds)
                            .isInstanceOf(FetchFailed.class);
                    failures.add(next.get());
                }
                gate.open();

                Set<String> pagesGot = new HashSet<>();
                for (int i = 0; i < good.size(); i++) {
                    Optional<PageResult> next = Results.next(gathering, WAIT);
                    assertThat(next)
                            .as("after %d failures (%s), only %d of the %d good pages arrived within %s (%s). One "
                                    + "failing URL must not abort the gathering: the lecture's loop prints the made-up "
                                    + "domain's exception and goes on with the other pages",
                                    failures.size(), failures, pagesGot.size(), good.size(), WAIT, seeds)
                            .isPresent();
                    pagesGot.add(Pages.pathNamedBy(next.get()));
                }
                assertThat(pagesGot)
                        .as("every good page arrives, with its bytes (%s)", seeds)
                        .containsExactlyInAnyOrderElementsOf(good.stream().map(URI::getPath).toList());
            }
        }
    }
}
