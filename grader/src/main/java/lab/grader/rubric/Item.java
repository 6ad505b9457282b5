package lab.grader.rubric;

import java.util.List;

/**
 * One line of a student's score table.
 *
 * @param id          unique within its assignment, kebab-case
 * @param kind        what the selectors select
 * @param tests       the item passes when every test they select passes
 * @param points      a positive whole number
 * @param description one line the student sees
 * @param visibility  who sees the result, and when
 * @param repeat      how many times its tests run, each time with the classes loaded afresh (1: once)
 * @param passFraction the share of those runs that must pass, all of its tests at once (1: every run)
 */
public record Item(String id, Kind kind, List<Selector> tests, int points, String description, Visibility visibility,
                   int repeat, double passFraction) {
    public Item {
        tests = List.copyOf(tests);
        if (repeat < 1 || passFraction <= 0 || passFraction > 1) {
            throw new IllegalArgumentException("repeat must be >= 1 and pass fraction in (0, 1], were " + repeat + ", " + passFraction);
        }
    }

    /** An item whose tests run once. */
    public Item(String id, Kind kind, List<Selector> tests, int points, String description, Visibility visibility) {
        this(id, kind, tests, points, description, visibility, 1, 1.0);
    }

    /** A visible item. */
    public Item(String id, Kind kind, List<Selector> tests, int points, String description) {
        this(id, kind, tests, points, description, Visibility.VISIBLE);
    }

    /** How many of its {@link #repeat} runs must pass for the points. */
    public int runsNeeded() {
        return (int) Math.ceil(passFraction * repeat - 1e-9);
    }
}
