package lab.hidden.poolmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;
import lab.hidden.common.Seeds;
import lab.poolmap.PoolMap;
import org.junit.jupiter.api.Test;

class InputOrderTest {
    /** How long the first page waits for the others; only a pool that runs calls one by one waits that long. */
    private static final Duration GATE = Duration.ofSeconds(2);

    @Test
    void results_come_back_in_input_order_when_the_first_input_finishes_last() throws Exception {
        Seeds seeds = Seeds.fresh();
        int pages = seeds.between(4, 8);
        List<String> urls = IntStream.range(0, pages).mapToObj(i -> "http://site-" + i + ".invalid/").toList();
        CountDownLatch othersFetched = new CountDownLatch(pages - 1);
        Function<String, String> fetch = url -> {
            if (url.equals(urls.get(0))) {
                awaitQuietly(othersFetched, GATE);
            } else {
                othersFetched.countDown();
            }
            return "page of " + url;
        };

        List<String> pagesFetched = new ArrayList<>(PoolMap.map(fetch, urls, pages));

        assertThat(pagesFetched)
                .as("%d pages on %d workers, the first page finishing last (%s): the results came back in the "
                        + "order the calls finished, not in input order. Keep the futures in input order "
                        + "(invokeAll returns them so) and take result i from future i",
                        pages, pages, seeds)
                .containsExactlyElementsOf(urls.stream().map(url -> "page of " + url).toList());
    }

    @Test
    void every_record_gets_its_own_result_at_its_own_position() throws Exception {
        Seeds seeds = Seeds.fresh();
        int count = seeds.between(20, 60);
        int workers = seeds.between(2, 5);
        List<Integer> records = IntStream.range(0, count).map(i -> seeds.random().nextInt(1_000_000)).boxed().toList();
        List<Long> pauses = IntStream.range(0, count).mapToObj(i -> (long) seeds.random().nextInt(2_000_000)).toList();
        Function<Integer, Long> ingest = record -> {
            // a small pause that differs per record, so that the calls finish out of order
            LockSupport.parkNanos(pauses.get(records.indexOf(record)));
            return (long) record * record;
        };

        List<Long> ingested = new ArrayList<>(PoolMap.map(ingest, records, workers));

        assertThat(ingested)
                .as("%d records on %d workers (%s): result i must be function(input i), one result per input, "
                        + "in input order", count, workers, seeds)
                .containsExactlyElementsOf(records.stream().map(r -> (long) r * r).toList());
    }

    @Test
    void an_empty_input_list_gives_an_empty_result() throws Exception {
        List<Object> results = new ArrayList<>(PoolMap.map(x -> x, List.of(), 3));

        assertThat(results)
                .as("mapping over no inputs yields no results (and must not fail or hang)")
                .isEmpty();
    }

    static void awaitQuietly(CountDownLatch latch, Duration bound) {
        try {
            latch.await(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
