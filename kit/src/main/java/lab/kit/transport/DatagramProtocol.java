package lab.kit.transport;

import java.net.InetSocketAddress;

/**
 * A datagram protocol, as asyncio's {@code DatagramProtocol}. UDP has no connection: every datagram
 * arrives on its own, with the address of the socket that sent it. The endpoint calls these methods
 * on one thread, one at a time: {@code connectionMade} first, {@code connectionLost} last.
 */
public interface DatagramProtocol {

    /** The endpoint is bound; keep the transport to send datagrams. */
    default void connectionMade(DatagramTransport transport) {
    }

    /** One datagram arrived from {@code sender} (its address and port). The array is the protocol's to keep. */
    default void datagramReceived(byte[] data, InetSocketAddress sender) {
    }

    /** Receiving failed (asyncio's {@code error_received}); the endpoint stays open. */
    default void errorReceived(Exception error) {
    }

    /** The endpoint was closed; {@code cause} is {@code null} after {@link DatagramTransport#close()}. */
    default void connectionLost(Exception cause) {
    }
}
