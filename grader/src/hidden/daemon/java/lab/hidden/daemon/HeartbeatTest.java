package lab.hidden.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import lab.daemon.Heartbeat;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    @Test
    void beats_numbered_from_one_with_a_pause_between_beats_until_interrupted() throws InterruptedException {
        Duration interval = Duration.ofMillis(10);
        List<String> log = Logs.newLog();
        var heartbeat = new Heartbeat(interval, log::add);

        long startedAt = System.nanoTime();
        Thread thread = Thread.ofPlatform().daemon().name("hidden-test-heartbeat").start(heartbeat);
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> log.size() >= 3);
        } finally {
            thread.interrupt();
        }
        boolean ended = thread.join(Duration.ofSeconds(5));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedAt);

        assertThat(ended)
                .withFailMessage("The heartbeat was interrupted but still ran 5 s later: stop beating"
                        + " when the pause throws InterruptedException")
                .isTrue();
        List<String> beats = log.subList(0, log.size() - 1);
        int k = beats.size();
        assertThat(beats)
                .withFailMessage("Expected the beats 'still ingesting (beat 1)' to 'still ingesting (beat %d)'"
                        + " in order, got %s", k, beats)
                .isEqualTo(IntStream.rangeClosed(1, k).mapToObj(i -> "still ingesting (beat " + i + ")").toList());
        assertThat(log.getLast())
                .withFailMessage("After an interrupt the heartbeat logs 'heartbeat stopped after %d beats'"
                        + " as its last line, got '%s'", k, log.getLast())
                .isEqualTo("heartbeat stopped after " + k + " beats");
        long mostBeatsPossible = elapsed.toNanos() / interval.toNanos() + 2;
        assertThat((long) k)
                .withFailMessage("%d beats in %d ms with an interval of %d ms: the heartbeat does not pause"
                        + " between beats. Sleep for the interval after each beat", k, elapsed.toMillis(),
                        interval.toMillis())
                .isLessThanOrEqualTo(mostBeatsPossible);
    }
}
