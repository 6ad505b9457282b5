package lab.kit.transport;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link DatagramTransport} of one {@link UdpEndpoint}. */
final class UdpTransport implements DatagramTransport {
    private final DatagramSocket socket;
    private final InetSocketAddress local;
    private final AtomicInteger refusedWrites;
    private volatile boolean closing;

    UdpTransport(DatagramSocket socket, AtomicInteger refusedWrites) {
        this.socket = socket;
        this.local = (InetSocketAddress) socket.getLocalSocketAddress();
        this.refusedWrites = refusedWrites;
    }

    @Override
    public void sendTo(byte[] data, InetSocketAddress address) {
        Objects.requireNonNull(address, "address");
        if (closing) {
            refusedWrites.incrementAndGet();
            System.err.println("[kit transport] datagram of " + data.length + " bytes to " + address
                    + " refused: the endpoint is closing");
            return;
        }
        try {
            socket.send(new DatagramPacket(data, data.length, address));
        } catch (IOException e) {
            if (!closing) {
                System.err.println("[kit transport] datagram to " + address + " not sent: " + e);
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        socket.close();
    }

    @Override
    public boolean isClosing() {
        return closing;
    }

    @Override
    public InetSocketAddress localAddress() {
        return local;
    }

    @Override
    public String toString() {
        return "DatagramTransport[" + local + "]";
    }
}
