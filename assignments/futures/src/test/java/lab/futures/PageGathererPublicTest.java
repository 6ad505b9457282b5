package lab.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lab.kit.http.Page;
import lab.kit.http.TestHttpServer;
import org.junit.jupiter.api.Test;

class PageGathererPublicTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void every_page_of_a_small_list_arrives_once() throws Exception {
        try (TestHttpServer server = TestHttpServer.start()) {
            List<URI> urls = new ArrayList<>();
            Set<String> texts = new HashSet<>();
            for (String path : List.of("/news/1", "/news/2", "/news/3")) {
                server.page(path, Page.ok("headlines of " + path));
                urls.add(server.uri(path));
                texts.add("headlines of " + path);
            }

            try (Gathering gathering = PageGatherer.gather(urls, 2, WAIT)) {
                Set<URI> gotUrls = new HashSet<>();
                Set<String> gotTexts = new HashSet<>();
                for (int i = 0; i < urls.size(); i++) {
                    Optional<PageResult> result = gathering.next(WAIT);
                    assertThat(result)
                            .as("result %d of %d did not arrive within %s: next() returns each page as its fetch "
                                    + "completes", i + 1, urls.size(), WAIT)
                            .isPresent();
                    assertThat(result.get())
                            .as("the local server answers every page with 200, so each result is a FetchedPage")
                            .isInstanceOf(FetchedPage.class);
                    gotUrls.add(result.get().uri());
                    gotTexts.add(((FetchedPage) result.get()).text());
                }
                assertThat(gotUrls).as("every URL gives exactly one result").isEqualTo(Set.copyOf(urls));
                assertThat(gotTexts).as("each page's bytes are what the server sent").isEqualTo(texts);
                assertThat(gathering.remaining()).as("all three results were taken").isZero();
                assertThat(gathering.next(Duration.ZERO)).as("no fourth result exists").isEmpty();
            }
        }
    }

    @Test
    void the_lectures_made_up_domain_gives_an_unknown_host_failure() throws Exception {
        // .invalid is reserved: it never resolves, and needs no network to fail
        URI madeUp = URI.create("http://some-made-up-domain.invalid/");

        try (Gathering gathering = PageGatherer.gather(List.of(madeUp), 1, WAIT)) {
            Optional<PageResult> result = gathering.next(WAIT);

            assertThat(result).as("the failure must arrive as a result, within %s", WAIT).isPresent();
            assertThat(result.get())
                    .as("a host that does not resolve is a FetchFailed for that URL, not an exception out of next()")
                    .isEqualTo(result.get() instanceof FetchFailed failed
                            ? new FetchFailed(madeUp, FailureReason.UNKNOWN_HOST, failed.detail())
                            : null);
        }
    }
}
