package lab.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import lab.kit.transport.UdpEndpoint;
import org.junit.jupiter.api.Test;

class MetricsPublicTest {

    @Test
    void each_sample_is_acknowledged_and_summarised_for_its_sender() throws IOException {
        var collector = new MetricsCollector();
        try (var endpoint = UdpEndpoint.bind(collector);
             var crawler = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            crawler.setSoTimeout(5_000);

            assertThat(exchange(crawler, "pages 3", endpoint.address())).isEqualTo("ACK pages 1");
            assertThat(exchange(crawler, "pages 5", endpoint.address())).isEqualTo("ACK pages 2");

            assertThat(collector.bySender()).isEqualTo(Map.of(
                    crawler.getLocalSocketAddress(), Map.of("pages", new MetricSummary(2, 8, 3, 5))));
        }
    }

    private static String exchange(DatagramSocket crawler, String sample, InetSocketAddress collector)
            throws IOException {
        byte[] data = sample.getBytes(StandardCharsets.UTF_8);
        crawler.send(new DatagramPacket(data, data.length, collector));
        var reply = new DatagramPacket(new byte[512], 512);
        crawler.receive(reply);
        return new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
    }
}
