package lab.kit.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UdpEndpointTest {
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static DatagramSocket sender() throws IOException {
        var socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout((int) BOUND.toMillis());
        return socket;
    }

    private static void send(DatagramSocket from, String text, InetSocketAddress to) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        from.send(new DatagramPacket(data, data.length, to));
    }

    @Test
    void datagrams_from_several_senders_arrive_each_with_its_own_senders_address() throws IOException {
        var protocol = new Recording.Datagrams();
        List<DatagramSocket> senders = new ArrayList<>();
        try (var endpoint = UdpEndpoint.bind(protocol)) {
            for (int i = 0; i < 4; i++) {
                senders.add(sender());
            }
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < senders.size(); i++) {
                    send(senders.get(i), "sender " + i + " round " + round, endpoint.address());
                }
            }
            await().atMost(BOUND).until(() -> endpoint.datagramsDelivered() == 20);

            for (var datagram : protocol.received) {
                int i = Integer.parseInt(datagram.text().split(" ")[1]);
                assertThat(datagram.sender()).isEqualTo(senders.get(i).getLocalSocketAddress());
            }
            assertThat(protocol.received.stream().map(Recording.Datagram::thread).distinct()).hasSize(1);
        } finally {
            senders.forEach(DatagramSocket::close);
        }
    }

    @Test
    void send_to_reaches_the_address_it_names() throws IOException {
        var protocol = new Recording.Datagrams();
        try (var endpoint = UdpEndpoint.bind(protocol); var a = sender(); var b = sender()) {
            send(a, "echo from a", endpoint.address());
            send(b, "echo from b", endpoint.address());
            var packet = new DatagramPacket(new byte[100], 100);
            a.receive(packet);
            assertThat(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8)).isEqualTo("re from a");
            b.receive(packet);
            assertThat(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8)).isEqualTo("re from b");
            assertThat(packet.getSocketAddress()).isEqualTo(endpoint.address());
        }
    }

    @Test
    void a_callback_that_throws_is_recorded_and_the_endpoint_keeps_receiving() throws IOException {
        var protocol = new Recording.Datagrams();
        try (var endpoint = UdpEndpoint.bind(protocol); var a = sender()) {
            send(a, "boom", endpoint.address());
            send(a, "after", endpoint.address());
            await().atMost(BOUND).until(() -> endpoint.datagramsDelivered() == 2);
            assertThat(protocol.received).extracting(Recording.Datagram::text).containsExactly("after");
            assertThat(endpoint.callbackFailures()).singleElement().isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void after_close_the_protocol_has_lost_its_connection_and_sends_are_refused() throws IOException {
        var protocol = new Recording.Datagrams();
        var endpoint = UdpEndpoint.bind(protocol);
        await().atMost(BOUND).until(() -> protocol.transport != null);
        endpoint.close();

        protocol.transport.sendTo("late".getBytes(StandardCharsets.UTF_8), endpoint.address());

        assertThat(protocol.calls).containsExactly("made", "lost");
        assertThat(endpoint.refusedWrites()).isEqualTo(1);
        assertThat(protocol.transport.isClosing()).isTrue();
    }
}
