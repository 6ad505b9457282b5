package lab.hidden.cpuvsio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import lab.cpuvsio.PageRead;
import lab.hidden.common.Seeds;
import lab.kit.http.Gate;
import lab.kit.http.Page;
import lab.kit.http.TestHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Reads under parallelism compared with what the server sent, page by page. A few pages, at random
 * positions, are held until the others have been served, so they finish last: a list filled as the
 * reads finish is in the wrong order.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ReadResultsTest {
    private static final Duration OTHERS_SERVED = Duration.ofSeconds(15);
    private static final Duration RETURN = Duration.ofSeconds(30);

    /** What one read should report, in JDK terms: the student's record is only read through its accessors. */
    private record Expected(URI uri, int status, int bytes) {
        static Expected of(PageRead read) {
            return new Expected(read.uri(), read.status(), read.bytes());
        }
    }

    @Test
    void every_read_belongs_to_its_page_in_input_order() throws Exception {
        Seeds seeds = Seeds.fresh();
        int count = seeds.between(200, 400);
        // one held page in the first half: it finishes far from its place in input order
        Set<Integer> held = new HashSet<>(Set.of(seeds.between(0, count / 2)));
        held.addAll(pick(seeds, count, 2, held));
        Set<Integer> dropped = pick(seeds, count, 2, held);
        try (TestHttpServer server = TestHttpServer.start()) {
            Gate gate = server.gate();
            List<URI> pages = new ArrayList<>();
            List<Expected> expected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String path = "/records/" + i;
                URI uri = server.uri(path);
                pages.add(uri);
                if (dropped.contains(i)) {
                    server.page(path, Page.droppedConnection());
                    expected.add(new Expected(uri, PageRead.FAILED, 0));
                    continue;
                }
                int size = seeds.between(0, 4000);
                int status = seeds.between(0, 9) == 0 ? 404 : 200;
                Page page = Page.ofSize(size).withStatus(status);
                server.page(path, held.contains(i) ? page.heldBy(gate) : page);
                expected.add(new Expected(uri, status, size));
            }

            Ingest ingest = Ingest.start(pages);
            // not an assertion: a sequential ingest waits at the first held page, and is released after the bound
            ingest.awaitOrEnd(() -> gate.waiting() == held.size() && allServedBut(server, count, held), OTHERS_SERVED);
            gate.open();
            List<Expected> reads = ingest.result(RETURN).stream().map(Expected::of).toList();

            assertThat(reads)
                    .as("readAll returned %d reads for %d pages (%s): one read per page", reads.size(), count, seeds)
                    .hasSize(count);
            for (int i = 0; i < count; i++) {
                assertThat(reads.get(i))
                        .as("Read %d of %d should be %s, got %s (%s; pages %s were held until the others were "
                                + "served, pages %s dropped the connection). Result i belongs to page i, whatever "
                                + "order the reads finish in: collect the futures in input order and take each "
                                + "one's result, do not append reads to a list as they finish",
                                i, count, expected.get(i), reads.get(i), seeds, held, dropped)
                        .isEqualTo(expected.get(i));
            }
        }
    }

    private static boolean allServedBut(TestHttpServer server, int count, Set<Integer> held) {
        for (int i = 0; i < count; i++) {
            if (!held.contains(i) && server.requestsServed("/records/" + i) == 0) {
                return false;
            }
        }
        return true;
    }

    /** @return {@code how} distinct positions below {@code count}, none of them in {@code avoid} */
    private static Set<Integer> pick(Seeds seeds, int count, int how, Set<Integer> avoid) {
        Set<Integer> picked = new HashSet<>();
        while (picked.size() < how) {
            int i = seeds.between(0, count - 1);
            if (!avoid.contains(i)) {
                picked.add(i);
            }
        }
        return picked;
    }
}
