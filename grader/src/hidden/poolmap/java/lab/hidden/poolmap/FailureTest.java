package lab.hidden.poolmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.IntStream;
import lab.hidden.common.Seeds;
import lab.poolmap.ElementFailedException;
import lab.poolmap.PoolMap;
import org.junit.jupiter.api.Test;

class FailureTest {
    /** How long the earlier bad record waits for the later one to fail first. */
    private static final Duration GATE = Duration.ofSeconds(2);

    @Test
    void a_failing_record_raises_element_failed_exception_carrying_the_functions_exception() {
        Seeds seeds = Seeds.fresh();
        int count = seeds.between(5, 12);
        int bad = seeds.between(0, count - 1);
        List<Integer> records = IntStream.range(0, count).boxed().toList();
        RuntimeException malformed = new IllegalStateException("record #" + bad + " is malformed");
        Function<Integer, Integer> parse = record -> {
            if (record == bad) {
                throw malformed;
            }
            return record * 10;
        };

        Throwable thrown = catchThrowable(() -> PoolMap.map(parse, records, 3));

        assertThat(thrown)
                .as("the function threw for record #%d of %d (%s), but map %s. A failure must never be "
                        + "swallowed: get() every future and throw new ElementFailedException(index, cause) "
                        + "for the failed one", bad, count, seeds,
                        thrown == null ? "returned normally" : "threw " + thrown)
                .isInstanceOf(ElementFailedException.class);
        ElementFailedException failure = (ElementFailedException) thrown;
        assertThat(failure.index())
                .as("only record #%d of %d failed (%s), but the exception names input #%d",
                        bad, count, seeds, failure.index())
                .isEqualTo(bad);
        assertThat(failure.getCause())
                .as("the cause must be exactly the exception the function threw (%s), not %s: unwrap the "
                        + "ExecutionException with getCause()", malformed, failure.getCause())
                .isSameAs(malformed);
    }

    @Test
    void the_first_failing_record_in_input_order_is_reported_even_when_a_later_one_fails_first() {
        Seeds seeds = Seeds.fresh();
        int count = seeds.between(6, 10);
        int first = seeds.between(0, count - 3);
        int later = first + 1;
        List<Integer> records = IntStream.range(0, count).boxed().toList();
        RuntimeException firstFailure = new IllegalStateException("record #" + first + " is malformed");
        RuntimeException laterFailure = new IllegalStateException("record #" + later + " is malformed");
        // Two workers: while one holds record #first, the other fails #later and only then, its call
        // completed, takes a record after it. So #later has surely failed before #first does.
        CountDownLatch afterLaterStarted = new CountDownLatch(1);
        Function<Integer, Integer> parse = record -> {
            if (record == later) {
                throw laterFailure;
            }
            if (record == first) {
                InputOrderTest.awaitQuietly(afterLaterStarted, GATE);
                throw firstFailure;
            }
            if (record > later) {
                afterLaterStarted.countDown();
            }
            return record * 10;
        };

        Throwable thrown = catchThrowable(() -> PoolMap.map(parse, records, 2));

        assertThat(thrown)
                .as("records #%d and #%d of %d failed (%s), but map %s: a failure must never be swallowed",
                        first, later, count, seeds, thrown == null ? "returned normally" : "threw " + thrown)
                .isInstanceOf(ElementFailedException.class);
        ElementFailedException failure = (ElementFailedException) thrown;
        assertThat(failure.index())
                .as("records #%d and #%d failed, #%d first in time (%s): map must report #%d, the first failing "
                        + "element in input order, as Python's executor.map raises when its iteration reaches "
                        + "that element. Look at the futures in input order, not in completion order",
                        first, later, later, seeds, first)
                .isEqualTo(first);
        assertThat(failure.getCause())
                .as("the cause must be the exception record #%d threw (%s), not %s", first, firstFailure,
                        failure.getCause())
                .isSameAs(firstFailure);
    }
}
