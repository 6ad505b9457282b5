package lab.hidden.common;

import java.util.Random;

/**
 * Inputs the student cannot predict, from a random source whose seed goes into every failure message, so a
 * failing run can be replayed.
 */
public record Seeds(long seed, Random random) {
    public static Seeds fresh() {
        long seed = new Random().nextLong();
        return new Seeds(seed, new Random(seed));
    }

    /** @return a number from {@code lowInclusive} to {@code highInclusive} */
    public int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    /** @return eight random lower-case letters, e.g. a token a child process must echo */
    public String token() {
        var word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Override
    public String toString() {
        return "seed " + seed;
    }
}
