package lab.hidden.countdown;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** A count the student cannot guess (its seed goes into every message) and the ticks it must give. */
record Ticks(int n, long seed) {

    static Ticks random() {
        long seed = new Random().nextLong();
        return new Ticks(3 + new Random(seed).nextInt(7), seed);
    }

    /** {@code T-minus n}, ..., {@code T-minus 1}. */
    List<String> expected() {
        return IntStream.iterate(n, k -> k >= 1, k -> k - 1).mapToObj(k -> "T-minus " + k).toList();
    }

    @Override
    public String toString() {
        return "n = " + n + ", seed " + seed;
    }
}
