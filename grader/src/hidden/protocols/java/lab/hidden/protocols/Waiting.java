package lab.hidden.protocols;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;

/** Short-polling bounded waits for the transports' counters. */
final class Waiting {
    static final Duration BOUND = Duration.ofSeconds(5);

    private Waiting() {
    }

    static void until(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(BOUND).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                .until(condition);
    }
}
