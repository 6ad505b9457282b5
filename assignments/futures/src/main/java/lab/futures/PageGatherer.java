package lab.futures;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Gathers pages concurrently: the Java form of the lecture's {@code load_url} example, where a
 * {@code ThreadPoolExecutor(max_workers=5)} fetches a list of URLs and {@code as_completed} hands
 * back each page as soon as it is there.
 */
public final class PageGatherer {

    private PageGatherer() {
    }

    /**
     * Starts fetching every URL of {@code uris} with an HTTP GET and returns at once, before any
     * fetch has completed.
     *
     * <ul>
     *   <li><b>Concurrency:</b> the fetches run on a pool of {@code workers} threads of this
     *       gathering: when there are at least {@code workers} URLs, {@code workers} requests are in
     *       flight at the same time, and never more than {@code workers}.</li>
     *   <li><b>Results:</b> each URL gives one {@link PageResult} carrying that URL, returned by
     *       {@link Gathering#next} in completion order. A status below 400 gives a
     *       {@link FetchedPage} with exactly the bytes the server sent for that URL.</li>
     *   <li><b>Failures:</b> a host that does not resolve, a status of 400 or more, no answer within
     *       {@code requestTimeout}, or any other I/O failure gives a {@link FetchFailed} with its
     *       {@link FailureReason}, for that URL only: every other URL still gives its result.</li>
     *   <li><b>Timeout:</b> each request waits at most {@code requestTimeout} for its answer
     *       (the lecture's {@code urlopen(url, timeout=...)}).</li>
     *   <li><b>Clean-up:</b> once every fetch has completed, or after {@link Gathering#cancel()},
     *       the gathering's threads end by themselves.</li>
     * </ul>
     *
     * @param uris the URLs to fetch, in order; the list is not modified; a URL may appear twice
     * @param workers the number of fetches that run at the same time, at least 1
     * @param requestTimeout the longest time one request waits for its answer, positive
     * @return the running gathering
     * @throws IllegalArgumentException if {@code workers < 1} or {@code requestTimeout} is not positive
     * @throws NullPointerException if an argument or a URL is {@code null}
     */
    public static Gathering gather(List<URI> uris, int workers, Duration requestTimeout) {
        throw new UnsupportedOperationException("futures: not implemented yet");
    }
}
