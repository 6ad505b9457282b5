package lab.kit.transport;

/**
 * A streaming protocol, as asyncio's {@code Protocol}: it parses the bytes a {@link Transport}
 * delivers and decides what to write back. Every method has an empty default, as the asyncio base
 * class does.
 *
 * <p>One instance serves one connection. The transport calls its methods on one thread, one at a
 * time, in this order: {@code connectionMade}, any number of {@code dataReceived}, at most one
 * {@code eofReceived}, then exactly one {@code connectionLost}. Other connections run on other
 * threads at the same time.
 */
public interface Protocol {

    /** The connection is open; keep the transport to write to it. */
    default void connectionMade(Transport transport) {
    }

    /**
     * Some bytes arrived: whatever one read returned. A chunk may hold part of a line, several lines,
     * or end in the middle of a multi-byte UTF-8 character. The array is the protocol's to keep.
     */
    default void dataReceived(byte[] data) {
    }

    /**
     * The peer closed its sending side: no more data will come. When this returns the transport
     * closes the connection (as asyncio does when {@code eof_received} returns a false value).
     */
    default void eofReceived() {
    }

    /**
     * The connection is gone, the last call this protocol gets. {@code cause} is {@code null} after
     * a normal close or end of input, else the error that broke the connection (a reset, for
     * example). Writing to the transport from here on is refused.
     */
    default void connectionLost(Exception cause) {
    }
}
