package lab.kit.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TcpServerTest {
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static Socket connect(TcpServer server) throws IOException {
        var socket = new Socket(server.address().getAddress(), server.port());
        socket.setSoTimeout((int) BOUND.toMillis());
        socket.setTcpNoDelay(true);
        return socket;
    }

    private static String readExactly(InputStream in, int n) throws IOException {
        return new String(in.readNBytes(n), StandardCharsets.ISO_8859_1);
    }

    @Test
    void bytes_sent_one_at_a_time_all_reach_the_protocol_in_order() throws IOException {
        var protocol = new Recording.Stream(false);
        byte[] message = "PUT page-1 caf\u00e9\nGET page-1\n".getBytes(StandardCharsets.UTF_8);
        try (var server = TcpServer.start(() -> protocol); var client = connect(server)) {
            for (byte b : message) {
                client.getOutputStream().write(b);
                client.getOutputStream().flush();
            }
            await().atMost(BOUND).until(() -> server.bytesDelivered() == message.length);
            assertThat(protocol.bytes()).isEqualTo(message);
        }
    }

    @Test
    void many_lines_in_one_write_arrive_complete_and_in_order() throws IOException {
        var protocol = new Recording.Stream(false);
        var text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("PUT record-").append(i).append(" value ").append(i).append('\n');
        }
        byte[] message = text.toString().getBytes(StandardCharsets.UTF_8);
        try (var server = TcpServer.start(() -> protocol); var client = connect(server)) {
            client.getOutputStream().write(message);
            await().atMost(BOUND).until(() -> server.bytesDelivered() == message.length);
            assertThat(protocol.bytes()).isEqualTo(message);
        }
    }

    @Test
    void each_connection_gets_its_own_protocol_and_its_own_thread_with_callbacks_in_order() throws IOException {
        List<Recording.Stream> protocols = new CopyOnWriteArrayList<>();
        try (var server = TcpServer.start(() -> {
            var protocol = new Recording.Stream(true);
            protocols.add(protocol);
            return protocol;
        })) {
            List<Socket> clients = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                clients.add(connect(server));
            }
            for (int i = 0; i < 3; i++) {
                clients.get(i).getOutputStream().write(("client " + i).getBytes(StandardCharsets.ISO_8859_1));
                assertThat(readExactly(clients.get(i).getInputStream(), 8)).isEqualTo("CLIENT " + i);
                clients.get(i).shutdownOutput();
                assertThat(clients.get(i).getInputStream().read()).as("end of stream after eof").isEqualTo(-1);
                clients.get(i).close();
            }
            await().atMost(BOUND).until(() -> server.connectionsLost() == 3);

            assertThat(server.connectionsMade()).isEqualTo(3);
            assertThat(protocols).hasSize(3);
            var threads = new HashSet<Thread>();
            for (var protocol : protocols) {
                assertThat(protocol.kinds().getFirst()).isEqualTo("made");
                assertThat(protocol.kinds()).endsWith("eof", "lost").contains("data");
                assertThat(protocol.calls.stream().map(Recording.Call::thread).distinct()).hasSize(1);
                assertThat(protocol.lostCause).isNull();
                threads.add(protocol.calls.getFirst().thread());
            }
            assertThat(threads).hasSize(3);
        }
    }

    @Test
    void an_abrupt_disconnect_ends_with_connection_lost_and_the_error() throws IOException {
        var protocol = new Recording.Stream(false);
        try (var server = TcpServer.start(() -> protocol)) {
            var client = connect(server);
            client.getOutputStream().write("PUT a 1\n".getBytes(StandardCharsets.UTF_8));
            await().atMost(BOUND).until(() -> server.bytesDelivered() == 8);
            client.setSoLinger(true, 0);
            client.close();
            await().atMost(BOUND).until(() -> server.connectionsLost() == 1);

            assertThat(protocol.kinds()).containsExactly("made", "data", "lost");
            assertThat(protocol.lostCause).isInstanceOf(IOException.class);
            assertThat(protocol.transport.isClosing()).isTrue();
        }
    }

    @Test
    void writes_after_the_connection_is_lost_are_refused_and_counted() throws IOException {
        var protocol = new Recording.Stream(false);
        try (var server = TcpServer.start(() -> protocol)) {
            try (var client = connect(server)) {
                await().atMost(BOUND).until(() -> server.connectionsMade() == 1);
                protocol.transport.write("hello\n".getBytes(StandardCharsets.UTF_8));
                assertThat(readExactly(client.getInputStream(), 6)).isEqualTo("hello\n");
            }
            await().atMost(BOUND).until(() -> server.connectionsLost() == 1);
            assertThat(server.refusedWrites()).isZero();

            protocol.transport.write("too late\n".getBytes(StandardCharsets.UTF_8));
            protocol.transport.write("again\n".getBytes(StandardCharsets.UTF_8));

            assertThat(server.refusedWrites()).isEqualTo(2);
        }
    }

    @Test
    void close_by_the_protocol_sends_what_was_written_then_ends_the_connection() throws IOException {
        Protocol closer = new Protocol() {
            private Transport transport;

            @Override
            public void connectionMade(Transport transport) {
                this.transport = transport;
            }

            @Override
            public void dataReceived(byte[] data) {
                transport.write("bye\n".getBytes(StandardCharsets.UTF_8));
                transport.close();
                transport.write("refused\n".getBytes(StandardCharsets.UTF_8));
            }
        };
        try (var server = TcpServer.start(() -> closer); var client = connect(server)) {
            client.getOutputStream().write("x".getBytes(StandardCharsets.UTF_8));
            assertThat(client.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("bye\n");
            await().atMost(BOUND).until(() -> server.connectionsLost() == 1);
            assertThat(server.refusedWrites()).isEqualTo(1);
        }
    }

    @Test
    void a_callback_that_throws_ends_only_its_own_connection_and_is_recorded() throws IOException {
        try (var server = TcpServer.start(() -> new Recording.Stream(true) {
            @Override
            public void dataReceived(byte[] data) {
                if (data[0] == '!') {
                    throw new IllegalStateException("cannot parse");
                }
                super.dataReceived(data);
            }
        }); var bad = connect(server); var good = connect(server)) {
            bad.getOutputStream().write("!".getBytes(StandardCharsets.UTF_8));
            assertThat(bad.getInputStream().read()).isEqualTo(-1);
            good.getOutputStream().write("ok".getBytes(StandardCharsets.UTF_8));
            assertThat(readExactly(good.getInputStream(), 2)).isEqualTo("OK");
            assertThat(server.callbackFailures()).singleElement()
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closing_the_server_closes_open_connections_with_connection_lost_null() throws IOException {
        var protocol = new Recording.Stream(false);
        Socket client;
        try (var server = TcpServer.start(() -> protocol)) {
            client = connect(server);
            await().atMost(BOUND).until(() -> server.connectionsMade() == 1);
            server.close();
            assertThat(server.connectionsLost()).isEqualTo(1);
        }
        try (client) {
            assertThat(client.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(protocol.kinds()).containsExactly("made", "lost");
        assertThat(protocol.lostCause).isNull();
    }
}
