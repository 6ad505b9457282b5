package lab.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestHttpServerTest {
    private TestHttpServer server;
    private HttpClient client;

    @BeforeEach
    void start() {
        server = TestHttpServer.start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterEach
    void stop() {
        server.close();
        client.shutdownNow();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serves_scripted_pages_with_their_status_and_body_on_loopback() throws Exception {
        server.page("/ok", Page.ok("hello"));
        server.page("/broken", Page.status(503));
        assertThat(server.uri("/ok").getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> ok = get("/ok");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("hello");
        assertThat(get("/broken").statusCode()).isEqualTo(503);
        assertThat(get("/nowhere").statusCode()).isEqualTo(404);
        assertThat(server.requestsServed()).isEqualTo(3);
        assertThat(server.requestsServed("/ok")).isEqualTo(1);
    }

    @Test
    void a_sized_page_has_exactly_that_many_predictable_bytes() throws Exception {
        server.page("/big", Page.ofSize(1_000_003));
        String body = get("/big").body();
        assertThat(body).hasSize(1_000_003).startsWith("abcdefghijklmnopqrstuvwxyza");
    }

    @Test
    void a_delayed_page_is_answered_no_sooner_than_its_delay() throws Exception {
        server.page("/slow", Page.ok("late").withDelay(Duration.ofMillis(300)));
        long start = System.nanoTime();
        assertThat(get("/slow").body()).isEqualTo("late");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void a_dropped_connection_gives_the_client_an_io_error() {
        server.page("/reset", Page.droppedConnection());
        assertThatThrownBy(() -> get("/reset")).isInstanceOf(IOException.class);
        // HttpClient retries an idempotent GET once when the connection drops
        assertThat(server.requestsServed("/reset")).isBetween(1, 2);
    }

    @Test
    void a_gate_holds_requests_in_flight_until_opened_and_the_peak_counts_them() throws Exception {
        var gate = server.gate();
        server.page("/held", Page.ok("released").heldBy(gate));
        int requests = 200;
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            responses.add(client.sendAsync(HttpRequest.newBuilder(server.uri("/held")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        assertThat(gate.awaitWaiting(requests, Duration.ofSeconds(20))).as("requests held: %d", gate.waiting()).isTrue();
        assertThat(server.inFlight()).isEqualTo(requests);
        assertThat(server.requestsServed()).isZero();
        gate.open();
        for (var response : responses) {
            assertThat(response.get().body()).isEqualTo("released");
        }
        assertThat(server.peakInFlight()).isEqualTo(requests);
        assertThat(server.requestsServed("/held")).isEqualTo(requests);
        assertThat(server.inFlight()).isZero();
    }

    @Test
    void requests_one_after_another_never_overlap() throws Exception {
        server.page("/seq", Page.ok("x").withDelay(Duration.ofMillis(5)));
        for (int i = 0; i < 5; i++) {
            get("/seq");
        }
        assertThat(server.peakInFlight()).isEqualTo(1);
        server.resetCounts();
        assertThat(server.requestsServed()).isZero();
    }

    @Test
    void closing_the_server_releases_held_requests() throws Exception {
        var gate = server.gate();
        server.page("/held", Page.ok("x").heldBy(gate));
        var response = client.sendAsync(HttpRequest.newBuilder(server.uri("/held")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(gate.awaitWaiting(1, Duration.ofSeconds(20))).isTrue();
        server.close();
        assertThat(gate.isOpen()).isTrue();
        assertThat(response).failsWithin(Duration.ofSeconds(20));
    }
}
