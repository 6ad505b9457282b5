package lab.hidden.cpuvsio;

import java.util.Random;

/** A random source whose seed goes into every failure message, so a failing run can be replayed. */
record Seeds(long seed, Random random) {
    static Seeds fresh() {
        long seed = new Random().nextLong();
        return new Seeds(seed, new Random(seed));
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    @Override
    public String toString() {
        return "seed " + seed;
    }
}
