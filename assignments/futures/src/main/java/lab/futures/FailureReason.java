package lab.futures;

/** Why a URL gave no page. Given and complete; do not change it. */
public enum FailureReason {
    /** The host name does not resolve (the lecture's "made-up domain"; here a host under {@code .invalid}). */
    UNKNOWN_HOST,
    /** The server answered, with a status of 400 or more (404 Not Found, 500 Internal Server Error, ...). */
    HTTP_STATUS,
    /** No answer came within the per-request timeout. */
    TIMEOUT,
    /** Any other I/O failure: connection refused, closed without an answer, reset, ... */
    CONNECTION
}
