package lab.protocols;

/**
 * What a collector knows about one metric from one sender.
 *
 * @param count how many samples arrived
 * @param sum   their sum
 * @param min   the smallest sample
 * @param max   the largest sample
 */
public record MetricSummary(long count, long sum, long min, long max) {
}
