package lab.kit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import lab.kit.http.Page;
import lab.kit.http.TestHttpServer;
import lab.kit.testing.ProcessLeaks;
import lab.kit.testing.ThreadLeaks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shutdown, shutdownNow, awaitTermination and close, each on a pool of its own. */
class ProcessPoolLifecycleTest {
    private static TestHttpServer server;

    @BeforeAll
    static void startServer() {
        server = TestHttpServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** A task that blocks until the page's gate opens, then answers its worker's pid. */
    private static SerializableCallable<Long> fetching(String url) {
        return () -> {
            try (var in = java.net.URI.create(url).toURL().openStream()) {
                in.readAllBytes();
            }
            return ProcessHandle.current().pid();
        };
    }

    @Test
    void shutdown_lets_submitted_tasks_finish_rejects_new_ones_and_ends_the_workers() throws Exception {
        var gate = server.gate();
        server.page("/shutdown", Page.ok("x").heldBy(gate));
        var pool = new ProcessPoolExecutor(1);
        try {
            Future<Long> held = pool.submit(fetching(server.uri("/shutdown").toString()));
            Future<String> queued = pool.submit(() -> "queued ran");
            assertThat(gate.awaitWaiting(1, Duration.ofSeconds(20))).as("the first task reached the gate").isTrue();
            List<Long> workers = pool.workerPids();
            pool.shutdown();
            assertThat(pool.isShutdown()).isTrue();
            assertThatThrownBy(() -> pool.submit(() -> "too late")).isInstanceOf(RejectedExecutionException.class)
                    .hasMessageContaining("shut down");
            assertThat(pool.awaitTermination(50, TimeUnit.MILLISECONDS)).as("terminated while a task is held").isFalse();
            assertThat(pool.isTerminated()).isFalse();
            gate.open();
            assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
            assertThat(pool.isTerminated()).isTrue();
            assertThat(held.get()).isEqualTo(workers.get(0));
            assertThat(queued.get()).isEqualTo("queued ran");
            assertThat(ProcessLeaks.awaitGone(workers, Duration.ZERO)).as("workers alive after termination").isEmpty();
            assertThat(pool.workerPids()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shutdown_now_cancels_running_and_queued_tasks_returns_the_queued_ones_and_kills_the_workers()
            throws Exception {
        var gate = server.gate();
        server.page("/shutdown-now", Page.ok("x").heldBy(gate));
        var pool = new ProcessPoolExecutor(1);
        try {
            Future<Long> running = pool.submit(fetching(server.uri("/shutdown-now").toString()));
            Future<String> second = pool.submit(() -> "second");
            Future<String> third = pool.submit(() -> "third");
            assertThat(gate.awaitWaiting(1, Duration.ofSeconds(20))).isTrue();
            List<Long> workers = pool.workerPids();
            List<Runnable> neverStarted = pool.shutdownNow();
            assertThat(neverStarted).hasSize(2);
            assertThat(second.isCancelled()).isTrue();
            assertThat(third.isCancelled()).isTrue();
            assertThat(running.isCancelled()).isTrue();
            assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
            assertThat(ProcessLeaks.awaitGone(workers, Duration.ZERO)).isEmpty();
        } finally {
            gate.open();
        }
    }

    @Test
    void close_waits_for_the_tasks_and_leaves_no_worker_process_and_no_pool_thread_alive() throws Exception {
        var processes = ProcessLeaks.snapshot();
        var threads = ThreadLeaks.snapshot();
        List<Integer> results;
        List<Long> workers;
        try (var pool = new ProcessPoolExecutor(2)) {
            results = pool.map(x -> x + 1, List.of(1, 2, 3));
            await().atMost(Duration.ofSeconds(20)).until(() -> pool.workerPids().size() == 2);
            workers = pool.workerPids();
        }
        assertThat(results).containsExactly(2, 3, 4);
        assertThat(ProcessLeaks.awaitGone(workers, Duration.ZERO)).as("workers alive after close").isEmpty();
        assertThat(processes.newProcesses()).isEmpty();
        threads.assertNoneAfter(Duration.ofSeconds(5));
    }
}
