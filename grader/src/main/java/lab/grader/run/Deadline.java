package lab.grader.run;

import java.time.Duration;

/** The wall-clock limit of a whole submission. */
public record Deadline(long endNanos, Duration limit) {
    public static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos(), limit);
    }

    public boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }
}
