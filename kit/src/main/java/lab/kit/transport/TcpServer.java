package lab.kit.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A TCP server on 127.0.0.1 and an ephemeral port that drives a {@link Protocol} per connection, as
 * asyncio's {@code loop.create_server(protocol_factory, ...)}.
 *
 * <p>For every accepted connection it asks the factory for a protocol instance and runs that
 * connection's callbacks on one thread of its own, one at a time; connections run in parallel. A
 * callback that throws is recorded ({@link #callbackFailures()}), reported on {@code System.err},
 * and ends its connection, which gets {@code connectionLost} with that exception.
 *
 * <p>Counters let tests wait for what the server has done instead of guessing with sleeps: the
 * connections made and lost, the bytes delivered to {@code dataReceived} calls that have returned,
 * and the writes refused because their connection was closing or lost.
 *
 * <pre>{@code
 * try (var server = TcpServer.start(() -> new MyProtocol())) {
 *     try (var client = new Socket("127.0.0.1", server.port())) { ... }
 * }
 * }</pre>
 */
public final class TcpServer implements AutoCloseable {
    private static final int READ_SIZE = 64 * 1024;
    private static final Duration CLOSE_BOUND = Duration.ofSeconds(5);

    private final ServerSocket serverSocket;
    private final Supplier<? extends Protocol> factory;
    private final Thread acceptor;
    private final Set<TcpConnection> open = ConcurrentHashMap.newKeySet();
    private final List<Thread> readers = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger made = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger connectionNumber = new AtomicInteger();
    private volatile boolean closed;

    private TcpServer(ServerSocket serverSocket, Supplier<? extends Protocol> factory) {
        this.serverSocket = serverSocket;
        this.factory = factory;
        this.acceptor = Thread.ofPlatform().daemon().name("tcp-server-" + port()).start(this::acceptLoop);
    }

    /**
     * Starts a server on 127.0.0.1 and a free port; every connection gets {@code factory.get()}.
     *
     * @throws UncheckedIOException if no socket could be bound
     */
    public static TcpServer start(Supplier<? extends Protocol> factory) {
        Objects.requireNonNull(factory, "factory");
        try {
            var socket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
            return new TcpServer(socket, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind a TCP server on 127.0.0.1", e);
        }
    }

    /** The address clients connect to. */
    public InetSocketAddress address() {
        return new InetSocketAddress(serverSocket.getInetAddress(), serverSocket.getLocalPort());
    }

    /** The port clients connect to. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** How many connections got {@code connectionMade} so far. */
    public int connectionsMade() {
        return made.get();
    }

    /** How many connections got {@code connectionLost} (the call has returned). */
    public int connectionsLost() {
        return lost.get();
    }

    /** Total bytes passed to {@code dataReceived} calls that have returned, over all connections. */
    public long bytesDelivered() {
        return delivered.get();
    }

    /** Writes refused because their connection was closing or already lost. */
    public int refusedWrites() {
        return refused.get();
    }

    /** What the factory or a protocol's callbacks threw, in the order it happened. */
    public List<Throwable> callbackFailures() {
        return List.copyOf(failures);
    }

    /**
     * Stops accepting, closes every open connection (each protocol gets {@code connectionLost(null)})
     * and waits up to 5 seconds for their threads to end.
     */
    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(TcpConnection::close);
        long deadline = System.nanoTime() + CLOSE_BOUND.toNanos();
        try {
            acceptor.join(CLOSE_BOUND);
            for (Thread reader : readers) {
                long left = Math.max(1, deadline - System.nanoTime());
                reader.join(Duration.ofNanos(left));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closed) {
                    failures.add(e);
                }
                return;
            }
            int number = connectionNumber.incrementAndGet();
            Thread reader = Thread.ofPlatform().daemon().name("tcp-connection-" + number)
                    .unstarted(() -> serve(socket));
            readers.add(reader);
            reader.start();
        }
    }

    private void serve(Socket socket) {
        var connection = new TcpConnection(socket, refused);
        open.add(connection);
        Protocol protocol;
        try {
            protocol = Objects.requireNonNull(factory.get(), "the protocol factory returned null");
        } catch (RuntimeException e) {
            record("the protocol factory", e);
            connection.close();
            open.remove(connection);
            return;
        }
        Exception cause = null;
        try {
            protocol.connectionMade(connection);
            made.incrementAndGet();
            if (closed) {
                connection.close();
            }
            cause = readUntilEnd(connection, protocol);
        } catch (RuntimeException | Error e) {
            record(protocol.getClass().getName(), e);
            cause = e instanceof Exception exception ? exception : new RuntimeException(e);
        } finally {
            connection.markLost();
            open.remove(connection);
            try {
                protocol.connectionLost(cause);
            } catch (RuntimeException | Error e) {
                record(protocol.getClass().getName() + ".connectionLost", e);
            }
            lost.incrementAndGet();
        }
    }

    /** Returns {@code null} after a clean end, else the I/O error that broke the connection. */
    private Exception readUntilEnd(TcpConnection connection, Protocol protocol) {
        byte[] buffer = new byte[READ_SIZE];
        while (true) {
            int n;
            try {
                n = connection.read(buffer);
            } catch (IOException e) {
                return connection.isClosing() ? null : e;
            }
            if (n < 0) {
                protocol.eofReceived();
                connection.close();
                return null;
            }
            if (n > 0) {
                byte[] chunk = java.util.Arrays.copyOf(buffer, n);
                protocol.dataReceived(chunk);
                delivered.addAndGet(n);
            }
            if (connection.isClosing()) {
                return null;
            }
        }
    }

    private void record(String where, Throwable failure) {
        failures.add(failure);
        System.err.println("[kit transport] " + where + " threw " + failure + "; the connection is closed");
    }
}
