package lab.protocols;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lab.kit.transport.DatagramProtocol;
import lab.kit.transport.DatagramTransport;

/**
 * Collects metrics that crawlers send over UDP, each sender kept apart, like an asyncio
 * {@code DatagramProtocol} served by {@code loop.create_datagram_endpoint}.
 *
 * <p>Each datagram is one sample, UTF-8 text {@code <name> <value>}: a metric name without spaces and
 * a whole number ({@code long}), e.g. {@code pages 12}. A sample is added to the summary of that
 * name <em>for the sender it came from</em> (its address and port), and the collector replies to that
 * sender with {@code ACK <name> <n>}, where {@code n} is how many samples of that name this sender has
 * sent so far, this one included. Any other datagram gets the reply {@code ERROR <reason>} and
 * changes nothing.
 */
public final class MetricsCollector implements DatagramProtocol {
    private final Map<InetSocketAddress, Map<String, MetricSummary>> senders = new ConcurrentHashMap<>();
    private volatile DatagramTransport transport;

    /** A collector that has seen nothing yet. */
    public MetricsCollector() {
    }

    /** Keeps the transport to reply with. */
    @Override
    public void connectionMade(DatagramTransport transport) {
        this.transport = transport;
    }

    /** Adds one sample for {@code sender} and acknowledges it to {@code sender}, or replies with an error. */
    @Override
    public void datagramReceived(byte[] data, InetSocketAddress sender) {
        String[] words = new String(data, StandardCharsets.UTF_8).strip().split(" ");
        String reply;
        if (words.length != 2 || words[0].isEmpty()) {
            reply = "ERROR expected <name> <value>";
        } else {
            try {
                long sample = Long.parseLong(words[1]);
                MetricSummary summary = senders.computeIfAbsent(sender, s -> new ConcurrentHashMap<>())
                        .merge(words[0], new MetricSummary(1, sample, sample, sample), MetricsCollector::combine);
                reply = "ACK " + words[0] + " " + summary.count();
            } catch (NumberFormatException e) {
                reply = "ERROR not a whole number: " + words[1];
            }
        }
        transport.sendTo(reply.getBytes(StandardCharsets.UTF_8), sender);
    }

    private static MetricSummary combine(MetricSummary old, MetricSummary one) {
        return new MetricSummary(old.count() + one.count(), old.sum() + one.sum(),
                Math.min(old.min(), one.min()), Math.max(old.max(), one.max()));
    }

    /**
     * A copy of the summaries so far: for each sender address that sent at least one valid sample,
     * the summary of each metric name it sent.
     */
    public Map<InetSocketAddress, Map<String, MetricSummary>> bySender() {
        Map<InetSocketAddress, Map<String, MetricSummary>> copy = new java.util.HashMap<>();
        senders.forEach((sender, metrics) -> copy.put(sender, Map.copyOf(metrics)));
        return copy;
    }
}
