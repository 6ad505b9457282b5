package lab.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A first check of the loop future, after the lecture's {@code Myoperation} example. */
class LoopFuturePublicTest {

    @Test
    void run_until_complete_returns_the_result_that_a_later_callback_sets() {
        try (EventLoop loop = EventLoop.newEventLoop()) {
            LoopFuture<String> page = loop.createFuture();
            loop.callLater(Duration.ofMillis(20), () -> page.setResult("page 1: 42 records"));

            String result = loop.runUntilComplete(page);

            assertThat(result)
                    .as("runUntilComplete(future) should run the loop until the future is done and return its result")
                    .isEqualTo("page 1: 42 records");
            assertThat(page.isDone()).as("the future should be done once runUntilComplete returned").isTrue();
        }
    }
}
