package lab.kit.transport;

import java.net.InetSocketAddress;

/**
 * The stream side of one connection, as asyncio's {@code Transport}: it does the I/O, the
 * {@link Protocol} decides what to write. All methods are safe to call from any thread.
 */
public interface Transport {

    /**
     * Sends {@code data} to the peer, in call order. After {@link #close()} or once the connection
     * is lost the bytes are not sent: the write is refused, counted by the server
     * ({@link TcpServer#refusedWrites()}) and reported on {@code System.err}, and nothing is thrown.
     */
    void write(byte[] data);

    /**
     * Closes the connection: what was written is sent first, no more data is delivered, and the
     * protocol's {@link Protocol#connectionLost(Exception)} follows with {@code null}.
     */
    void close();

    /** Whether {@link #close()} was called or the connection is already lost: writes are refused then. */
    boolean isClosing();

    /** The address and port of the peer (asyncio's {@code get_extra_info("peername")}). */
    InetSocketAddress peerAddress();
}
