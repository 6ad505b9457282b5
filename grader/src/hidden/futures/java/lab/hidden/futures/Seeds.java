package lab.hidden.futures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @Override
    public String toString() {
        return "seed " + seed;
    }
}
