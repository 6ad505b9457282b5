package lab.poolmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PoolMapPublicTest {

    @Test
    void the_lectures_squares_come_back_in_input_order_even_when_the_first_finishes_last() throws Exception {
        CountDownLatch othersSquared = new CountDownLatch(3);
        Function<Integer, Integer> square = n -> {
            if (n == 2) {
                awaitAtMostTwoSeconds(othersSquared);
            } else {
                othersSquared.countDown();
            }
            return n * n;
        };

        List<Integer> squares = PoolMap.map(square, List.of(2, 3, 4, 5), 3);

        assertThat(squares)
                .as("executor.map(square, [2, 3, 4, 5]) yields 4, 9, 16, 25 although square(2) finished last: "
                        + "result i belongs to input i, whatever order the calls finish in")
                .containsExactly(4, 9, 16, 25);
    }

    @Test
    void a_malformed_record_is_reported_with_its_position_and_its_exception() throws Exception {
        List<String> records = List.of("12", "7", "seven", "30");

        Throwable thrown = catchThrowable(() -> PoolMap.map(Integer::parseInt, records, 2));

        assertThat(thrown)
                .as("Integer.parseInt(\"seven\") throws, so map must throw an ElementFailedException, not return")
                .isInstanceOf(ElementFailedException.class);
        assertThat(((ElementFailedException) thrown).index())
                .as("the malformed record \"seven\" is input #2")
                .isEqualTo(2);
        assertThat(thrown.getCause())
                .as("the cause must be the function's own exception: unwrap the ExecutionException")
                .isInstanceOf(NumberFormatException.class);
    }

    private static void awaitAtMostTwoSeconds(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
