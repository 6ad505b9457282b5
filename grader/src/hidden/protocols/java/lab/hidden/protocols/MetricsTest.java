package lab.hidden.protocols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lab.kit.transport.UdpEndpoint;
import lab.protocols.MetricSummary;
import lab.protocols.MetricsCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final Duration ACK_BOUND = Duration.ofSeconds(4);
    private static final List<String> NAMES = List.of("pages", "records", "bytes");

    private final List<DatagramSocket> senders = new ArrayList<>();

    @AfterEach
    void closeSenders() {
        senders.forEach(DatagramSocket::close);
    }

    private DatagramSocket newSender() throws IOException {
        var socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout((int) ACK_BOUND.toMillis());
        senders.add(socket);
        return socket;
    }

    private static void send(DatagramSocket from, String sample, InetSocketAddress to) throws IOException {
        byte[] data = sample.getBytes(StandardCharsets.UTF_8);
        from.send(new DatagramPacket(data, data.length, to));
    }

    @Test
    void samples_from_several_senders_are_summarised_per_sender() throws IOException {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        int senderCount = 3 + random.nextInt(4);
        Map<SocketAddress, Map<String, MetricSummary>> expected = new HashMap<>();
        int total = 0;
        var collector = new MetricsCollector();
        try (var endpoint = UdpEndpoint.bind(collector)) {
            for (int s = 0; s < senderCount; s++) {
                newSender();
            }
            int rounds = 5 + random.nextInt(10);
            for (int round = 0; round < rounds; round++) {
                for (var sender : senders) {
                    if (random.nextInt(4) == 0) {
                        continue;
                    }
                    String name = NAMES.get(random.nextInt(NAMES.size()));
                    long value = random.nextInt(2001) - 1000;
                    send(sender, name + " " + value, endpoint.address());
                    total++;
                    expected.computeIfAbsent(sender.getLocalSocketAddress(), k -> new HashMap<>())
                            .merge(name, new MetricSummary(1, value, value, value), MetricsTest::plus);
                }
            }
            int sent = total;
            Waiting.until(sent + " datagrams delivered to datagramReceived", () -> endpoint.datagramsDelivered() >= sent);

            Map<SocketAddress, Map<String, MetricSummary>> actual = new HashMap<>();
            collector.bySender().forEach((sender, metrics) -> actual.put(sender, new HashMap<>(metrics)));
            assertThat(actual)
                    .as("%d senders on 127.0.0.1, each with its own port, sent %d samples in turn (seed %d). Keep the "
                            + "summaries per sender: the key is the whole InetSocketAddress (address and port) that "
                            + "datagramReceived is given with each datagram, not the host alone",
                            senderCount, sent, seed)
                    .isEqualTo(expected);
        }
    }

    @Test
    void each_sender_gets_the_acknowledgements_of_its_own_samples() throws IOException {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        int senderCount = 3 + random.nextInt(3);
        var collector = new MetricsCollector();
        try (var endpoint = UdpEndpoint.bind(collector)) {
            List<Map<String, Integer>> counts = new ArrayList<>();
            for (int s = 0; s < senderCount; s++) {
                newSender();
                counts.add(new HashMap<>());
            }
            for (int round = 0; round < 3; round++) {
                List<String> names = new ArrayList<>();
                for (var sender : senders) {
                    String name = NAMES.get(random.nextInt(NAMES.size()));
                    names.add(name);
                    send(sender, name + " " + random.nextInt(100), endpoint.address());
                }
                for (int s = 0; s < senderCount; s++) {
                    int n = counts.get(s).merge(names.get(s), 1, Integer::sum);
                    assertThat(receive(senders.get(s), s + 1, senderCount, seed))
                            .as("the reply to sender %d of %d (seed %d): ACK <name> <samples of that name from this "
                                    + "sender so far>", s + 1, senderCount, seed)
                            .isEqualTo("ACK " + names.get(s) + " " + n);
                }
            }
            send(senders.getFirst(), "pages many", endpoint.address());
            assertThat(receive(senders.getFirst(), 1, senderCount, seed)).as("the reply to a malformed sample")
                    .startsWith("ERROR ");
        }
    }

    private static MetricSummary plus(MetricSummary old, MetricSummary one) {
        return new MetricSummary(old.count() + one.count(), old.sum() + one.sum(),
                Math.min(old.min(), one.min()), Math.max(old.max(), one.max()));
    }

    private static String receive(DatagramSocket sender, int number, int of, long seed) throws IOException {
        var packet = new DatagramPacket(new byte[1024], 1024);
        try {
            sender.receive(packet);
        } catch (SocketTimeoutException e) {
            fail("Sender %d of %d got no reply within %s (seed %d). UDP has no connection: reply to the address "
                    + "datagramReceived gives with *this* datagram (transport.sendTo(reply, sender)), not to a "
                    + "sender remembered from earlier", number, of, ACK_BOUND, seed);
        }
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
    }
}
