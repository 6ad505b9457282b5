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
 */
public record Item(String id, Kind kind, List<Selector> tests, int points, String description, Visibility visibility) {
    public Item {
        tests = List.copyOf(tests);
    }

    /** A visible item. */
    public Item(String id, Kind kind, List<Selector> tests, int points, String description) {
        this(id, kind, tests, points, description, Visibility.VISIBLE);
    }
}
