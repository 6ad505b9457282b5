package lab.grader.rubric;

import java.util.Arrays;
import java.util.Optional;

/** What an item scores: hidden tests, the grader's copy of the public tests, or ArchUnit rules. */
public enum Kind {
    HIDDEN_TEST("hidden-test"),
    PUBLIC_TEST("public-test"),
    RULE("rule");

    private final String yamlName;

    Kind(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The spelling used in rubric.yaml and in reports, e.g. {@code hidden-test}. */
    public String yamlName() {
        return yamlName;
    }

    /** The kind spelled {@code name} in rubric.yaml, if any. */
    public static Optional<Kind> fromYaml(String name) {
        return Arrays.stream(values()).filter(kind -> kind.yamlName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
