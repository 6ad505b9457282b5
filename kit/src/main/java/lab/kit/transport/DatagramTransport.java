package lab.kit.transport;

import java.net.InetSocketAddress;

/** The datagram side of a UDP endpoint, as asyncio's {@code DatagramTransport}. Safe from any thread. */
public interface DatagramTransport {

    /**
     * Sends one datagram to {@code address}. After {@link #close()} the datagram is not sent: the send
     * is refused, counted ({@link UdpEndpoint#refusedWrites()}) and reported on {@code System.err}.
     */
    void sendTo(byte[] data, InetSocketAddress address);

    /** Closes the endpoint; the protocol's {@link DatagramProtocol#connectionLost(Exception)} follows. */
    void close();

    /** Whether the endpoint is closed or closing. */
    boolean isClosing();

    /** The local address and port datagrams are received on (asyncio's {@code get_extra_info("sockname")}). */
    InetSocketAddress localAddress();
}
