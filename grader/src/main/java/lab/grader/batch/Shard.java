package lab.grader.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Shard {@code index} of {@code count} (1-based): every submission, in sorted name order, dealt
 * round-robin, so each machine of a matrix gets the same share and no two get the same one.
 */
record Shard(int index, int count) {
    static final Shard ALL = new Shard(1, 1);

    Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, was " + index + "/" + count);
        }
    }

    /** Parses {@code K/N}. */
    static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N (e.g. 2/4), was '" + text + "'");
    }

    /** This shard's part of {@code names}, which the caller has sorted. */
    List<String> select(List<String> names) {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (i % count == index - 1) {
                mine.add(names.get(i));
            }
        }
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
