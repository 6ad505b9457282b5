package lab.grader.rubric;

import java.util.Arrays;
import java.util.Optional;

/** Who sees an item's result, and when: used by the Classroom and Gradescope formats. */
public enum Visibility {
    /** Shown with its feedback at once. */
    VISIBLE("visible"),
    /** Scored at once; its name and feedback are released after the due date. */
    AFTER_DUE_DATE("after_due_date"),
    /** Scored, never shown to the student. */
    HIDDEN("hidden");

    private final String yamlName;

    Visibility(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The spelling in rubric.yaml and in Gradescope's results.json. */
    public String yamlName() {
        return yamlName;
    }

    public static Optional<Visibility> fromYaml(String name) {
        return Arrays.stream(values()).filter(v -> v.yamlName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
