package lab.grader.rubric;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated rubric: where every point lives.
 *
 * @param source      where it was read from, for messages
 * @param defaults    the time limits
 * @param assignments in the order of rubric.yaml
 * @param lines       the line of each field path in the file, for messages
 */
public record Rubric(String source, Defaults defaults, List<Assignment> assignments, Map<String, Integer> lines) {
    public Rubric {
        assignments = List.copyOf(assignments);
        lines = Map.copyOf(lines);
    }

    /** The line of {@code field} (e.g. {@code assignments.threads.items[0].tests[1]}), 0 when unknown. */
    public int lineOf(String field) {
        return lines.getOrDefault(field, 0);
    }

    /** The assignment with this id, if the rubric has one. */
    public Optional<Assignment> assignment(String id) {
        return assignments.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** This rubric restricted to the given assignment ids (all when {@code ids} is empty). */
    public Rubric only(List<String> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        return new Rubric(source, defaults, assignments.stream().filter(a -> ids.contains(a.id())).toList(), lines);
    }
}
