package lab.futures;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gathering on a fixed pool of its own. The {@link ExecutorCompletionService} is Python's
 * {@code as_completed}: it queues each future as it completes; each task returns a result paired
 * with its own URL, so no page can end up under another URL.
 */
final class PoolGathering implements Gathering {
    /** cancel() waits this long for interrupted fetches to end; an interrupted send ends at once. */
    private static final Duration CANCEL_BOUND = Duration.ofSeconds(30);

    private final HttpClient client;
    private final ExecutorService pool;
    private final CompletionService<PageResult> completed;
    private final List<URI> urls;
    private final List<Future<PageResult>> fetches;
    private final AtomicInteger remaining;
    private final AtomicInteger running;

    private PoolGathering(List<URI> urls, int workers, Duration requestTimeout) {
        this.urls = urls;
        this.client = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
        this.pool = Executors.newFixedThreadPool(workers);
        this.completed = new ExecutorCompletionService<>(pool);
        this.fetches = new ArrayList<>(urls.size());
        this.remaining = new AtomicInteger(urls.size());
        this.running = new AtomicInteger(urls.size());
    }

    static Gathering start(List<URI> urls, int workers, Duration requestTimeout) {
        var gathering = new PoolGathering(urls, workers, requestTimeout);
        for (URI url : urls) {
            gathering.fetches.add(gathering.completed.submit(() -> gathering.fetch(url, requestTimeout)));
        }
        // the pool runs what was submitted, then its threads end: nothing leaks if nobody reads
        gathering.pool.shutdown();
        if (urls.isEmpty()) {
            gathering.client.shutdown();
        }
        return gathering;
    }

    private PageResult fetch(URI url, Duration requestTimeout) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(requestTimeout).GET().build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            // unlike urllib, HttpClient does not raise on 404 or 500: the status must be checked
            if (response.statusCode() >= 400) {
                return new FetchFailed(url, FailureReason.HTTP_STATUS, "HTTP " + response.statusCode());
            }
            return new FetchedPage(url, response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return new FetchFailed(url, FailureReason.TIMEOUT, "no answer within " + requestTimeout);
        } catch (IOException | IllegalArgumentException e) {
            return new FetchFailed(url, unknownHost(e) ? FailureReason.UNKNOWN_HOST : FailureReason.CONNECTION,
                    String.valueOf(e));
        } finally {
            if (running.decrementAndGet() == 0) {
                client.shutdown();
            }
        }
    }

    private static boolean unknownHost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<PageResult> next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (remaining.get() > 0) {
            Future<PageResult> done = completed.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (done == null) {
                return Optional.empty();
            }
            // a cancelled future is queued too; it gives no result
            if (done.state() == Future.State.SUCCESS) {
                remaining.decrementAndGet();
                return Optional.of(done.resultNow());
            }
        }
        return Optional.empty();
    }

    @Override
    public int remaining() {
        return remaining.get();
    }

    @Override
    public List<URI> cancel() throws InterruptedException {
        // last to first: the fetches still queued (later in the list than every running one) are cancelled before
        // a running one is interrupted, which frees its worker to take the next queued fetch at once. In list order
        // that worker could start a queued fetch before its turn to be cancelled came.
        List<URI> cancelled = new ArrayList<>();
        for (int i = fetches.size() - 1; i >= 0; i--) {
            // true: interrupt a fetch in flight; HttpClient.send then abandons its request
            if (fetches.get(i).cancel(true)) {
                cancelled.addFirst(urls.get(i)); // reported in list order
                remaining.decrementAndGet();
            }
        }
        pool.shutdownNow();
        pool.awaitTermination(CANCEL_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        client.shutdownNow();
        return List.copyOf(cancelled);
    }
}
