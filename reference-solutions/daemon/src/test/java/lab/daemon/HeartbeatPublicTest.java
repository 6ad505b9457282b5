package lab.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HeartbeatPublicTest {

    @Test
    void beats_until_interrupted_then_says_how_many_beats_it_logged() throws InterruptedException {
        List<String> log = new CopyOnWriteArrayList<>();
        var heartbeat = new Heartbeat(Duration.ofMillis(5), log::add);
        Thread thread = Thread.ofPlatform().daemon().name("public-test-heartbeat").start(heartbeat);
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> log.size() >= 2);
        } finally {
            thread.interrupt();
        }
        boolean ended = thread.join(Duration.ofSeconds(5));

        assertThat(ended)
                .as("The heartbeat was interrupted but still ran 5 s later: when the pause throws"
                        + " InterruptedException, log the summary line and return")
                .isTrue();
        assertThat(log.getFirst())
                .as("The first beat is logged at once, before the first pause")
                .isEqualTo("still ingesting (beat 1)");
        int beats = log.size() - 1;
        assertThat(log.getLast())
                .as("After an interrupt the heartbeat logs a last line with the number of beats it logged")
                .isEqualTo("heartbeat stopped after " + beats + " beats");
    }
}
