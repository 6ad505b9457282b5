package lab.kit.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A UDP endpoint on 127.0.0.1 and an ephemeral port that drives a {@link DatagramProtocol}, as
 * asyncio's {@code loop.create_datagram_endpoint(protocol_factory, local_addr=...)}.
 *
 * <p>One thread receives datagrams and calls the protocol, one call at a time: {@code connectionMade}
 * first, then {@code datagramReceived} with each datagram and the address of its sender, and
 * {@code connectionLost} after {@link #close()}. A callback that throws is recorded
 * ({@link #callbackFailures()}) and reported on {@code System.err}; the endpoint keeps receiving.
 */
public final class UdpEndpoint implements AutoCloseable {
    private static final int MAX_DATAGRAM = 65_535;
    private static final Duration CLOSE_BOUND = Duration.ofSeconds(5);

    private final DatagramSocket socket;
    private final DatagramProtocol protocol;
    private final UdpTransport transport;
    private final Thread receiver;
    private final AtomicInteger delivered = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    private UdpEndpoint(DatagramSocket socket, DatagramProtocol protocol) {
        this.socket = socket;
        this.protocol = protocol;
        this.transport = new UdpTransport(socket, refused);
        this.receiver = Thread.ofPlatform().daemon().name("udp-endpoint-" + socket.getLocalPort())
                .start(this::receiveLoop);
    }

    /**
     * Binds a UDP socket on 127.0.0.1 and a free port and starts delivering its datagrams to
     * {@code protocol}.
     *
     * @throws UncheckedIOException if no socket could be bound
     */
    public static UdpEndpoint bind(DatagramProtocol protocol) {
        Objects.requireNonNull(protocol, "protocol");
        try {
            var socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            socket.setReceiveBufferSize(1 << 20);
            return new UdpEndpoint(socket, protocol);
        } catch (SocketException e) {
            throw new UncheckedIOException("could not bind a UDP socket on 127.0.0.1", e);
        }
    }

    /** The address senders send to. */
    public InetSocketAddress address() {
        return transport.localAddress();
    }

    /** Datagrams passed to {@code datagramReceived} calls that have returned (or thrown). */
    public int datagramsDelivered() {
        return delivered.get();
    }

    /** Sends refused because the endpoint was closing. */
    public int refusedWrites() {
        return refused.get();
    }

    /** What the protocol's callbacks threw, in order. */
    public List<Throwable> callbackFailures() {
        return List.copyOf(failures);
    }

    /** Closes the socket; the protocol gets {@code connectionLost(null)}. Waits up to 5 seconds for that. */
    @Override
    public void close() {
        transport.close();
        try {
            receiver.join(CLOSE_BOUND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void receiveLoop() {
        call("connectionMade", () -> protocol.connectionMade(transport));
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!transport.isClosing()) {
            var packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                if (transport.isClosing()) {
                    break;
                }
                call("errorReceived", () -> protocol.errorReceived(e));
                continue;
            }
            byte[] data = Arrays.copyOfRange(packet.getData(), packet.getOffset(), packet.getOffset() + packet.getLength());
            var sender = (InetSocketAddress) packet.getSocketAddress();
            call("datagramReceived", () -> protocol.datagramReceived(data, sender));
            delivered.incrementAndGet();
        }
        call("connectionLost", () -> protocol.connectionLost(null));
    }

    private void call(String callback, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            failures.add(e);
            System.err.println("[kit transport] " + protocol.getClass().getName() + "." + callback + " threw " + e);
        }
    }
}
