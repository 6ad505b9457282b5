package lab.cpuvsio;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The I/O-bound job: reads thousands of pages over HTTP at once, on virtual threads, the Java form of
 * the lecture's {@code ThreadPoolExecutor} "in case of I/O-bound workloads" and of its "you can
 * create thousands of threads with barely a concern".
 */
public final class PageIngest {

    private PageIngest() {
    }

    /**
     * Reads every page of {@code pages} with an HTTP GET and reports each one's status and size.
     *
     * <ul>
     *   <li><b>All at once:</b> every read runs on a virtual thread of its own, and all of them are
     *       started before any result is awaited: with a thousand pages, a thousand requests are in
     *       flight at the server at the same moment. A read spends its time waiting for the network,
     *       so it needs a thread, not a CPU, and a virtual thread costs a few hundred bytes while it
     *       waits.</li>
     *   <li><b>Order:</b> result {@code i} is the read of {@code pages.get(i)}, whatever order the
     *       reads finish in.</li>
     *   <li><b>Failures:</b> a page with no answer (connection refused or dropped, or no answer within
     *       {@code timeout}) gives {@link PageRead#failed(URI)}; it never loses the other pages. An HTTP
     *       error status (404, 500) is an answer: its status and body size are reported.</li>
     *   <li><b>Clean-up:</b> when it returns, no read is still running.</li>
     * </ul>
     *
     * @param pages the pages to read, in order; the list is not modified
     * @param timeout how long one read may wait for its answer
     * @return a new list with one read per page, in the order of {@code pages}
     * @throws NullPointerException if {@code pages}, one of its elements or {@code timeout} is {@code null}
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static List<PageRead> readAll(List<URI> pages, Duration timeout) throws InterruptedException {
        throw new UnsupportedOperationException("cpu-vs-io: not implemented yet");
    }
}
