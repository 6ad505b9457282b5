package lab.kit.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port, serving scripted {@link Page}s, for tests
 * that gather pages without the internet.
 *
 * <p>Every request runs on its own virtual thread, so thousands of slow requests can be in flight
 * at once. The server counts the requests it served, per path and in total, and the peak number in
 * flight at the same time: tests prove concurrency by that count, not by timing. A {@link Gate}
 * holds requests until the test opens it. A path with no page gets a 404.
 *
 * <pre>{@code
 * try (var server = TestHttpServer.start()) {
 *     var gate = server.gate();
 *     server.page("/news/1", Page.ok("<h1>one</h1>").heldBy(gate));
 *     server.page("/slow", Page.ofSize(10_000).withDelay(Duration.ofMillis(20)));
 *     server.page("/broken", Page.status(500));
 *     server.page("/reset", Page.droppedConnection());
 *     URI uri = server.uri("/news/1");
 *     ...
 * }
 * }</pre>
 */
public final class TestHttpServer implements AutoCloseable {
    /** A held request is let go after this long even if its gate stays shut: nothing hangs forever. */
    private static final Duration MAX_HOLD = Duration.ofSeconds(60);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> servedByPath = new ConcurrentHashMap<>();
    private final List<Gate> gates = new CopyOnWriteArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private TestHttpServer(HttpServer server) {
        this.server = server;
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a server on 127.0.0.1 and a free port.
     *
     * @throws UncheckedIOException if no socket could be bound
     */
    public static TestHttpServer start() {
        try {
            return new TestHttpServer(HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test HTTP server: " + e, e);
        }
    }

    /**
     * Serves {@code page} at {@code path} (exact match, query ignored), replacing any earlier page.
     *
     * @return this server
     */
    public TestHttpServer page(String path, Page page) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with '/': " + path);
        }
        pages.put(path, page);
        return this;
    }

    /** @return a new gate, opened at the latest when this server closes */
    public Gate gate() {
        var gate = new Gate(MAX_HOLD);
        gates.add(gate);
        return gate;
    }

    /** @return {@code http://127.0.0.1:<port><path>} */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + (path.startsWith("/") ? path : "/" + path));
    }

    /** @return the port the server listens on */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * @return the number of requests served so far (answered, refused with 404, or dropped); a request
     *     counts from the moment the server starts answering it, so a client that got its response
     *     sees it counted
     */
    public int requestsServed() {
        return served.get();
    }

    /** @return the number of requests to {@code path} served so far */
    public int requestsServed(String path) {
        AtomicInteger count = servedByPath.get(path);
        return count == null ? 0 : count.get();
    }

    /** @return the number of requests being handled right now (held at a gate or delayed) */
    public int inFlight() {
        return inFlight.get();
    }

    /** @return the largest number of requests that were in flight at the same time */
    public int peakInFlight() {
        return peakInFlight.get();
    }

    /** Sets the counts (served, per path, peak in flight) back to zero. */
    public void resetCounts() {
        served.set(0);
        servedByPath.clear();
        peakInFlight.set(inFlight.get());
    }

    /** Opens every gate, stops the server and ends its request threads. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        gates.forEach(Gate::open);
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        String path = exchange.getRequestURI().getPath();
        boolean counted = false;
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Page page = pages.getOrDefault(path, Page.ok("no page at " + path).withStatus(404));
            if (page.gate() != null) {
                page.gate().pass();
                if (closed.get()) {
                    // let go by close(), which sets `closed` before it opens the gates: answering now
                    // would race server.stop(), so the client sees the connection close instead
                    return;
                }
            }
            if (page.delay().isPositive()) {
                Thread.sleep(page.delay());
            }
            // counted before the client can see the answer, so a test that got it sees the count
            counted = countServed(path);
            if (!page.dropConnection()) {
                respond(exchange, page);
            }
            // else: closing an exchange that sent no headers closes the connection
        } catch (IOException | InterruptedException clientGoneOrServerClosing) {
            // nothing to answer to
        } finally {
            if (!counted) {
                countServed(path);
            }
        }
    }

    private boolean countServed(String path) {
        servedByPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        served.incrementAndGet();
        inFlight.decrementAndGet();
        return true;
    }

    private static void respond(HttpExchange exchange, Page page) throws IOException {
        byte[] body = page.bodyUnsafe();
        exchange.getResponseHeaders().set("Content-Type", page.contentType());
        boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || page.status() == 204 || page.status() == 304;
        exchange.sendResponseHeaders(page.status(), noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public String toString() {
        return "TestHttpServer[" + uri("/") + ", pages=" + pages.keySet() + ", served=" + served
                + ", inFlight=" + inFlight + ", peak=" + peakInFlight + "]";
    }
}
