package lab.poolmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoolMapPublicTest {

    @Test
    void the_lectures_squares_come_back_in_input_order() throws Exception {
        List<Integer> squares = PoolMap.map(n -> n * n, List.of(2, 3, 4, 5), 3);

        assertThat(squares)
                .as("executor.map(square, [2, 3, 4, 5]) yields 4, 9, 16, 25: result i belongs to input i")
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
}
