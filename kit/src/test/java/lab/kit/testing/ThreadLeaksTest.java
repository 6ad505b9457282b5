package lab.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
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

    @Test
    void a_thread_named_like_the_jdks_but_running_other_code_is_seen_and_one_running_only_jdk_code_is_not() throws Exception {
        var leaks = ThreadLeaks.snapshot();
        var go = new CountDownLatch(1);
        var inOwnCode = new CountDownLatch(1);
        var held = new Semaphore(0);
        Thread impostor = Thread.ofPlatform().name("process reaper (not the JDK's)").start(() -> waitInOwnCode(go, inOwnCode));
        // a method reference: the thread's frames are the JDK's only (the lambda's own frame is hidden)
        Thread jdkOnly = Thread.ofPlatform().name("Common-Cleaner-like").start(held::acquireUninterruptibly);
        try {
            assertThat(inOwnCode.await(20, TimeUnit.SECONDS)).isTrue();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdkOnly.getState() == Thread.State.WAITING);

            assertThat(leaks.newThreads()).contains(impostor).doesNotContain(jdkOnly);
        } finally {
            go.countDown();
            held.release();
            impostor.join(20_000);
            jdkOnly.join(20_000);
        }
    }

    private static void waitInOwnCode(CountDownLatch go, CountDownLatch inOwnCode) {
        inOwnCode.countDown();
        try {
            go.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
