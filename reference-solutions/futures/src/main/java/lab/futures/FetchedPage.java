package lab.futures;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A page that was fetched: the server answered with a status below 400 and these bytes.
 * Given and complete; do not change it.
 *
 * @param uri the URL the page was fetched from
 * @param status the HTTP status of the answer (below 400)
 * @param body the bytes of the page (copied in and out, so a page cannot be changed)
 */
public record FetchedPage(URI uri, int status, byte[] body) implements PageResult {
    /** Validates and copies. */
    public FetchedPage {
        Objects.requireNonNull(uri, "uri");
        body = body.clone();
        if (status >= 400) {
            throw new IllegalArgumentException("HTTP " + status + " is a failure, not a page: report it as FetchFailed");
        }
    }

    /** @return a copy of the page's bytes */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** @return the number of bytes of the page (the lecture's {@code len(data)}) */
    public int size() {
        return body.length;
    }

    /** @return the page decoded as UTF-8 */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FetchedPage that
                && uri.equals(that.uri) && status == that.status && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, status, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "FetchedPage[" + uri + ", status " + status + ", " + body.length + " bytes]";
    }
}
