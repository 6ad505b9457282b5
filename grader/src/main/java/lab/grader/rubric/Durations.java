package lab.grader.rubric;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as rubric.yaml writes them: {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}. */
public final class Durations {
    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d+)\\s*(ms|s|m|h)\\s*");

    private Durations() {}

    /** The duration {@code text} spells, or empty when it is not a positive amount with a unit. */
    public static Optional<Duration> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        return d.isZero() ? Optional.empty() : Optional.of(d);
    }

    /** A short human spelling, e.g. {@code 10 s} or {@code 500 ms}. */
    public static String format(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
