package lab.futures;

import java.net.URI;

/**
 * What became of one URL of a gathering: its page ({@link FetchedPage}) or the reason it has none
 * ({@link FetchFailed}). The Java form of what Python's {@code future.result()} returns or raises
 * inside the {@code as_completed} loop, paired with the URL it belongs to.
 */
public sealed interface PageResult permits FetchedPage, FetchFailed {
    /** @return the URL this result belongs to, exactly as it was given to {@link PageGatherer#gather} */
    URI uri();
}
