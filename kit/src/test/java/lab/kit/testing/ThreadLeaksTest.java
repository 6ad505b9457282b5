package lab.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadLeaksTest {
    @Test
    void a_pool_that_is_not_shut_down_is_reported_by_thread_name_and_state() throws Exception {
        var leaks = ThreadLeaks.snapshot();
        var pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "forgotten-pool-thread"));
        try {
            pool.submit(() -> { }).get(20, TimeUnit.SECONDS);
            assertThatThrownBy(() -> leaks.assertNoneAfter(Duration.ofMillis(100)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("\"forgotten-pool-thread\"")
                    .hasMessageContaining("WAITING")
                    .hasMessageContaining("Shut down every executor");
        } finally {
            pool.shutdownNow();
        }
        assertThat(leaks.awaitGone(Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void threads_that_end_within_the_bound_are_not_leaks() throws Exception {
        var leaks = ThreadLeaks.snapshot();
        var go = new CountDownLatch(1);
        Thread worker = Thread.ofPlatform().name("short-lived").start(() -> {
            try {
                go.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(leaks.newThreads()).contains(worker);
        assertThat(leaks.ignoring(t -> t.getName().equals("short-lived")).newThreads()).doesNotContain(worker);
        go.countDown();
        leaks.assertNoneAfter(Duration.ofSeconds(10));
    }
}
