package lab.protocols;

import java.net.InetSocketAddress;
import java.util.Map;
import lab.kit.transport.DatagramProtocol;
import lab.kit.transport.DatagramTransport;

/**
 * Collects metrics that crawlers send over UDP, like an asyncio {@code DatagramProtocol} served by
 * {@code loop.create_datagram_endpoint}: {@code UdpEndpoint.bind(collector)}.
 *
 * <p>Each datagram is one sample, UTF-8 text {@code <name> <value>}: a metric name without spaces and
 * a whole number ({@code long}), e.g. {@code pages 12}. A sample is added to the summary of that
 * name <em>for the sender it came from</em> (its address and port), and the collector replies to that
 * sender with {@code ACK <name> <n>}, where {@code n} is how many samples of that name this sender has
 * sent so far, this one included. Any other datagram gets the reply {@code ERROR <reason>} and
 * changes nothing.
 */
public final class MetricsCollector implements DatagramProtocol {

    /** A collector that has seen nothing yet. */
    public MetricsCollector() {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }

    /** The endpoint is bound: {@code transport} is what replies are sent with. */
    @Override
    public void connectionMade(DatagramTransport transport) {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }

    /** One sample arrived from {@code sender}: add it and acknowledge it, or reply with an error. */
    @Override
    public void datagramReceived(byte[] data, InetSocketAddress sender) {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }

    /**
     * A copy of the summaries so far: for each sender address that sent at least one valid sample,
     * the summary of each metric name it sent. Safe to call from any thread.
     */
    public Map<InetSocketAddress, Map<String, MetricSummary>> bySender() {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }
}
