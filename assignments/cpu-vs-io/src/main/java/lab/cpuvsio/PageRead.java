package lab.cpuvsio;

import java.net.URI;
import java.util.Objects;

/**
 * What reading one page gave: its HTTP status and its size in bytes. Given and complete; do not
 * change it.
 *
 * @param uri the page that was read
 * @param status the HTTP status of the answer, or {@link #FAILED} if no answer came (connection
 *     refused or dropped, or no answer within the timeout)
 * @param bytes the number of bytes of the answer's body; 0 for a failed read
 */
public record PageRead(URI uri, int status, int bytes) {
    /** The status of a read that got no answer. */
    public static final int FAILED = -1;

    /** Validates. */
    public PageRead {
        Objects.requireNonNull(uri, "uri");
        if (bytes < 0) {
            throw new IllegalArgumentException("a page has no negative size: " + bytes);
        }
    }

    /**
     * @param uri the page that could not be read
     * @return the read of a page that gave no answer: status {@link #FAILED}, 0 bytes
     */
    public static PageRead failed(URI uri) {
        return new PageRead(uri, FAILED, 0);
    }
}
