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

    /** The summary of a single sample. */
    public static MetricSummary of(long sample) {
        return new MetricSummary(1, sample, sample, sample);
    }

    /** This summary with one more sample. */
    public MetricSummary plus(long sample) {
        return new MetricSummary(count + 1, sum + sample, Math.min(min, sample), Math.max(max, sample));
    }
}
