package lab.hidden.poolmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.IntStream;
import lab.hidden.common.Seeds;
import lab.poolmap.PoolMap;
import org.junit.jupiter.api.Test;

class WorkerBoundTest {
    /** How long a call waits for the others of its round; a correct pool fills the round at once. */
    private static final Duration ROUND = Duration.ofSeconds(4);
    /** How long each call stays in flight, giving a call beyond the limit the chance to show up. */
    private static final Duration HOLD = Duration.ofMillis(500);

    @Test
    void runs_as_many_calls_at_once_as_there_are_workers() throws Exception {
        Seeds seeds = Seeds.fresh();
        int workers = seeds.between(2, 4);
        List<Integer> pages = IntStream.range(0, 2 * workers).boxed().toList();
        Calls calls = new Calls();
        CyclicBarrier allWorkersBusy = new CyclicBarrier(workers);
        Function<Integer, Integer> fetch = page -> {
            calls.enter();
            try {
                allWorkersBusy.await(ROUND.toMillis(), TimeUnit.MILLISECONDS);
            } catch (BrokenBarrierException | TimeoutException fewerThanWorkers) {
                // fewer calls than workers were running together; the peak count tells how many
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                calls.leave();
            }
            return page;
        };

        PoolMap.map(fetch, pages, workers);

        assertThat(calls.peak())
                .as("%d pages on %d workers (%s): at most %d call(s) ran at the same moment, so the pool was "
                        + "used one call after another. Submit every call before waiting for any result "
                        + "(invokeAll, or submit all and then get()), and make the pool %d threads big",
                        pages.size(), workers, seeds, calls.peak(), workers)
                .isGreaterThanOrEqualTo(workers);
    }

    @Test
    void never_runs_more_calls_at_once_than_there_are_workers() throws Exception {
        Seeds seeds = Seeds.fresh();
        int workers = seeds.between(2, 4);
        List<Integer> pages = IntStream.range(0, workers + seeds.between(1, workers)).boxed().toList();
        Calls calls = new Calls();
        CountDownLatch tooMany = new CountDownLatch(1);
        Function<Integer, Integer> fetch = page -> {
            try {
                if (calls.enter() > workers) {
                    tooMany.countDown();
                }
                InputOrderTest.awaitQuietly(tooMany, HOLD);
            } finally {
                calls.leave();
            }
            return page;
        };

        PoolMap.map(fetch, pages, workers);

        assertThat(calls.peak())
                .as("%d pages on %d workers (%s): %d calls ran at the same moment. The pool must have exactly "
                        + "`workers` threads (Executors.newFixedThreadPool(workers)): an unbounded pool or a "
                        + "thread per input overloads the sites the lecture's crawler fetches from",
                        pages.size(), workers, seeds, calls.peak())
                .isLessThanOrEqualTo(workers);
    }
}
