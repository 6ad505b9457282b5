package lab.grader.rubric;

/**
 * One problem in a rubric, located so an instructor can fix it without searching.
 *
 * @param file    the rubric's file name
 * @param line    1-based line, 0 when unknown
 * @param field   the path of the field, e.g. {@code assignments.threads.items[2].points}
 * @param message what is wrong and what was found
 */
public record RubricError(String file, int line, String field, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
