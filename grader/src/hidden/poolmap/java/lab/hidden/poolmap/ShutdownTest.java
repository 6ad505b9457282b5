package lab.hidden.poolmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import lab.hidden.common.Seeds;
import lab.poolmap.PoolMap;
import org.junit.jupiter.api.Test;

class ShutdownTest {
    /** Threads of a pool that was shut down end within milliseconds; this is generous. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void no_pool_thread_is_alive_after_map_returns() throws Exception {
        Seeds seeds = Seeds.fresh();
        int workers = seeds.between(2, 4);
        Calls calls = new Calls();
        Function<Integer, Integer> count = page -> {
            try {
                calls.enter();
                return page + 1;
            } finally {
                calls.leave();
            }
        };

        PoolMap.map(count, IntStream.range(0, 3 * workers).boxed().toList(), workers);
        List<Thread> alive = calls.poolThreadsStillAliveAfter(BOUND, Thread.currentThread());

        assertThat(alive)
                .as("%s after map returned, these pool threads were still alive: %s. Shut the pool down "
                        + "before returning: try (ExecutorService pool = ...) { ... } is Java's `with` block",
                        BOUND, names(alive))
                .isEmpty();
    }

    @Test
    void no_pool_thread_is_alive_after_map_throws() {
        Seeds seeds = Seeds.fresh();
        int workers = seeds.between(2, 4);
        int count = 3 * workers;
        int bad = seeds.between(0, count - 1);
        Calls calls = new Calls();
        Function<Integer, Integer> parse = record -> {
            try {
                calls.enter();
                if (record == bad) {
                    throw new IllegalStateException("record #" + bad + " is malformed");
                }
                return record + 1;
            } finally {
                calls.leave();
            }
        };

        // whether map throws as it should is the failure items' business; here only the clean-up counts
        catchThrowable(() -> PoolMap.map(parse, IntStream.range(0, count).boxed().toList(), workers));
        List<Thread> alive = calls.poolThreadsStillAliveAfter(BOUND, Thread.currentThread());

        assertThat(calls.peak())
                .as("map never called the function (%s): there was no pool to shut down", seeds)
                .isPositive();
        assertThat(alive)
                .as("%s after map failed on record #%d (%s), these pool threads were still alive: %s. The pool "
                        + "must be shut down on every way out of map, also when it throws: use "
                        + "try-with-resources or finally", BOUND, bad, seeds, names(alive))
                .isEmpty();
    }

    private static List<String> names(List<Thread> threads) {
        return threads.stream().map(Thread::getName).toList();
    }
}
