package lab.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ConcurrencyProbeTest {
    @Test
    void calls_held_together_count_as_the_peak_in_flight_with_their_threads() throws Exception {
        var probe = new ConcurrencyProbe();
        var release = new CountDownLatch(1);
        Function<Integer, Integer> held = probe.wrap(x -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return x;
        });
        try (var threads = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> futures = List.of(1, 2, 3).stream()
                    .map(x -> threads.submit(() -> held.apply(x))).toList();
            assertThat(probe.awaitInFlight(3, Duration.ofSeconds(20))).isTrue();
            release.countDown();
            for (Future<Integer> future : futures) {
                future.get(20, TimeUnit.SECONDS);
            }
        }
        assertThat(probe.peakInFlight()).isEqualTo(3);
        assertThat(probe.inFlight()).isZero();
        assertThat(probe.calls()).isEqualTo(3);
        assertThat(probe.finished()).isEqualTo(3);
        assertThat(probe.threads()).hasSize(3).doesNotContain(Thread.currentThread());
        assertThat(probe.anyOverlap()).isTrue();
    }

    @Test
    void sequential_calls_have_a_peak_of_one_and_do_not_overlap() throws Exception {
        var probe = new ConcurrencyProbe();
        for (int i = 0; i < 5; i++) {
            probe.run(() -> { });
            assertThat(probe.call(() -> "x")).isEqualTo("x");
        }
        assertThat(probe.peakInFlight()).isEqualTo(1);
        assertThat(probe.anyOverlap()).isFalse();
        assertThat(probe.threads()).containsExactly(Thread.currentThread());
        assertThat(probe.intervals()).hasSize(10).allMatch(i -> i.endNanos() >= i.startNanos());
    }

    @Test
    void a_call_that_throws_is_still_recorded_as_finished() {
        var probe = new ConcurrencyProbe();
        try {
            probe.run(() -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // recorded below
        }
        assertThat(probe.finished()).isEqualTo(1);
        assertThat(probe.inFlight()).isZero();
    }
}
