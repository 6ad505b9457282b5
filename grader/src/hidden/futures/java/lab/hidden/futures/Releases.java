package lab.hidden.futures;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.kit.http.Gate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Lets gated pages answer one at a time in an order the student cannot predict: each time, one of
 * the requests waiting at the server, and a later one than the first unanswered URL of the list
 * whenever such a request is waiting. A gatherer that fetches concurrently thus sees its pages
 * complete out of input order; one that fetches one page at a time is not held up.
 */
final class Releases {
    private static final Duration ARRIVAL = Duration.ofSeconds(5);

    private final Pages pages;
    private final List<URI> pending;
    private final Seeds seeds;

    Releases(Pages pages, List<URI> urls, Seeds seeds) {
        this.pages = pages;
        this.pending = new ArrayList<>(urls);
        this.seeds = seeds;
    }

    boolean done() {
        return pending.isEmpty();
    }

    /**
     * Waits until at least {@code count} pending requests are held at the server together.
     *
     * @return whether they were, within {@code bound}
     */
    boolean awaitWaiting(int count, Duration bound) {
        try {
            Awaitility.await().pollInterval(Duration.ofMillis(2)).atMost(bound).until(() -> waiting().size() >= count);
            return true;
        } catch (ConditionTimeoutException notThatMany) {
            return false;
        }
    }

    /** Opens the gate of one waiting request (see the class comment) and returns its URL. */
    URI releaseOne() {
        if (!awaitWaiting(1, ARRIVAL)) {
            throw new AssertionError("none of the " + pending.size() + " pages still to fetch was requested within "
                    + ARRIVAL + " (" + seeds + "): the gatherer stopped fetching");
        }
        List<URI> waiting = waiting();
        List<URI> laterThanFirst = waiting.stream().filter(url -> !url.equals(pending.get(0))).toList();
        URI chosen = seeds.oneOf(laterThanFirst.isEmpty() ? waiting : laterThanFirst);
        pending.remove(chosen);
        pages.gateOf(chosen).open();
        return chosen;
    }

    private List<URI> waiting() {
        return pending.stream().filter(url -> {
            Gate gate = pages.gateOf(url);
            return gate.waiting() > 0;
        }).toList();
    }
}
