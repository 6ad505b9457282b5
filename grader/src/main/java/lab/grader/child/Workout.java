package lab.grader.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lab.kit.http.Page;
import lab.kit.http.TestHttpServer;
import lab.kit.process.ProcessPoolExecutor;
import lab.kit.process.SerializableFunction;
import org.junit.jupiter.api.Test;

/**
 * What the tests of every assignment have in common, run once to train the test JVMs' AOT cache
 * ({@link lab.grader.aot.AotCache}): AssertJ, Awaitility, ArchUnit, executors, loopback HTTP, a
 * process pool. Not a test of anything; the catalogue ignores it (not in {@code lab.hidden}).
 */
class Workout {
    @Test
    void assertions() {
        assertThat(List.of(3, 2, 1)).withFailMessage("never").containsExactly(3, 2, 1).doesNotContain(0).hasSize(3);
        assertThat(Map.of("a", 1)).containsEntry("a", 1);
        assertThat("T-minus 3").startsWith("T-minus").contains("3");
        assertThat(2.5).isBetween(2.0, 3.0);
        assertThat(Duration.ofMillis(5)).isLessThan(Duration.ofSeconds(1));
        assertThatThrownBy(() -> {
            throw new IllegalStateException("boom");
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("boom");
    }

    @Test
    void waiting_on_threads_and_executors() throws Exception {
        CountDownLatch started = new CountDownLatch(2);
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(2);
             ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.submit(() -> { started.countDown(); done.incrementAndGet(); });
            virtual.submit(() -> { started.countDown(); done.incrementAndGet(); });
            CompletableFuture.supplyAsync(() -> 1, threads).thenApply(x -> x + 1).get(5, TimeUnit.SECONDS);
        }
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5)).until(() -> done.get() == 2);
        Thread thread = Thread.ofPlatform().daemon().start(() -> { });
        thread.join(5000);
    }

    @Test
    void architecture_rules() {
        JavaClasses classes = new ClassFileImporter().importPackages("lab.kit.testing");
        ArchRuleDefinition.noClasses().should().callMethod(System.class, "exit", int.class).allowEmptyShould(true).check(classes);
    }

    @Test
    void loopback_http() throws Exception {
        try (TestHttpServer server = TestHttpServer.start().page("/p", Page.ok("hello"));
             HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/p")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).isEqualTo("hello");
        }
    }

    @Test
    void a_process_pool() throws Exception {
        try (ProcessPoolExecutor pool = new ProcessPoolExecutor(1)) {
            SerializableFunction<Integer, Integer> square = x -> x * x;
            assertThat(pool.map(square, List.of(1, 2))).containsExactly(1, 4);
        }
    }
}
