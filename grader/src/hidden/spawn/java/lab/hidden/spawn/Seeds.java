package lab.hidden.spawn;

import java.util.Random;

/** Inputs the student cannot predict, with the seed to reproduce them. */
record Seeds(long seed, Random random) {
    static Seeds fresh() {
        long seed = System.nanoTime();
        return new Seeds(seed, new Random(seed));
    }

    String token() {
        var word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    @Override
    public String toString() {
        return "seed " + seed;
    }
}
