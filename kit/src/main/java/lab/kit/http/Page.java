package lab.kit.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A scripted response of a {@link TestHttpServer}: status, body, delay before answering, an
 * optional {@link Gate} that holds the request, or a dropped connection. Immutable; build with the
 * static factories and the {@code with...} methods.
 *
 * @param status the HTTP status code
 * @param body the response body (copied)
 * @param delay how long the server waits before answering (after the gate, if any)
 * @param gate the gate that holds requests to this page until opened, or {@code null}
 * @param dropConnection true to close the connection without any response
 * @param contentType the {@code Content-Type} header
 */
public record Page(int status, byte[] body, Duration delay, Gate gate, boolean dropConnection, String contentType) {
    /** Validates and copies. */
    public Page {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        body = body.clone();
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        Objects.requireNonNull(contentType, "contentType");
    }

    /** A 200 page with this UTF-8 text. */
    public static Page ok(String text) {
        return ok(text.getBytes(StandardCharsets.UTF_8)).withContentType("text/plain; charset=utf-8");
    }

    /** A 200 page with these bytes. */
    public static Page ok(byte[] body) {
        return new Page(200, body, Duration.ZERO, null, false, "application/octet-stream");
    }

    /**
     * A 200 page of exactly {@code bytes} bytes: the letters a to z, repeated (byte {@code i} is
     * {@code 'a' + i % 26}), so a client can check what it got.
     */
    public static Page ofSize(int bytes) {
        byte[] body = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        return ok(body).withContentType("text/plain; charset=us-ascii");
    }

    /** A page with this status and a short text body naming it. */
    public static Page status(int status) {
        return ok("status " + status).withStatus(status);
    }

    /** A page whose requests get no response at all: the server closes the connection. */
    public static Page droppedConnection() {
        return new Page(200, new byte[0], Duration.ZERO, null, true, "text/plain");
    }

    /** This page, answered after {@code delay}. */
    public Page withDelay(Duration delay) {
        return new Page(status, body, delay, gate, dropConnection, contentType);
    }

    /** This page, with another status. */
    public Page withStatus(int status) {
        return new Page(status, body, delay, gate, dropConnection, contentType);
    }

    /** This page, with another content type. */
    public Page withContentType(String contentType) {
        return new Page(status, body, delay, gate, dropConnection, contentType);
    }

    /** This page, whose requests wait at {@code gate} until it opens (see {@link TestHttpServer#gate()}). */
    public Page heldBy(Gate gate) {
        return new Page(status, body, delay, Objects.requireNonNull(gate, "gate"), dropConnection, contentType);
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }

    byte[] bodyUnsafe() {
        return body;
    }

    @Override
    public String toString() {
        return "Page[status=" + status + ", " + body.length + " bytes, delay=" + delay
                + (gate != null ? ", gated" : "") + (dropConnection ? ", drops the connection" : "") + "]";
    }
}
