package lab.kit.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** One accepted connection: the {@link Transport} a protocol writes to. */
final class TcpConnection implements Transport {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final InetSocketAddress peer;
    private final AtomicInteger refusedWrites;
    private boolean closing;
    private boolean lost;
    private boolean broken;

    TcpConnection(Socket socket, AtomicInteger refusedWrites) {
        this.socket = socket;
        this.peer = (InetSocketAddress) socket.getRemoteSocketAddress();
        this.refusedWrites = refusedWrites;
        try {
            socket.setTcpNoDelay(true);
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    int read(byte[] buffer) throws IOException {
        return in.read(buffer);
    }

    @Override
    public synchronized void write(byte[] data) {
        if (closing || lost) {
            refusedWrites.incrementAndGet();
            System.err.println("[kit transport] write of " + data.length + " bytes to " + peer + " refused: the connection "
                    + (lost ? "is lost" : "is closing") + " (asyncio: socket.send() raised exception)");
            return;
        }
        if (broken) {
            return;
        }
        try {
            out.write(data);
            out.flush();
        } catch (IOException e) {
            // the peer is gone and the reader will notice it: the protocol gets connectionLost soon
            broken = true;
        }
    }

    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    synchronized void markLost() {
        lost = true;
        close();
    }

    @Override
    public synchronized boolean isClosing() {
        return closing || lost;
    }

    @Override
    public InetSocketAddress peerAddress() {
        return peer;
    }

    @Override
    public String toString() {
        return "TcpTransport[" + peer + "]";
    }
}
