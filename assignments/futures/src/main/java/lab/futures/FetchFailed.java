package lab.futures;

import java.net.URI;
import java.util.Objects;

/**
 * A URL that gave no page, and why: the Java form of the lecture's
 * {@code '%r generated an exception: %s' % (url, exc)}. Given and complete; do not change it.
 *
 * @param uri the URL whose fetch failed
 * @param reason the kind of failure
 * @param detail a short human-readable description (for an HTTP error it names the status, e.g. "HTTP 503")
 */
public record FetchFailed(URI uri, FailureReason reason, String detail) implements PageResult {
    /** Validates. */
    public FetchFailed {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
