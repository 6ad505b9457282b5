package lab.grader.rubric;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one YAML mapping, recording every problem with its line and path instead
 * of stopping at the first. New rubric keys are one entry in the caller's known-key set and one
 * read call.
 */
final class MappingReader {
    private final String file;
    private final List<RubricError> errors;
    private final YamlNode.MapNode map;
    private final String path;

    MappingReader(String file, List<RubricError> errors, YamlNode.MapNode map, String path) {
        this.file = file;
        this.errors = errors;
        this.map = map;
        this.path = path;
    }

    /** Wraps {@code node} if it is a mapping; records an error and returns empty otherwise. */
    static Optional<MappingReader> of(String file, List<RubricError> errors, YamlNode node, String path) {
        if (node instanceof YamlNode.MapNode m) {
            return Optional.of(new MappingReader(file, errors, m, path));
        }
        errors.add(new RubricError(file, node.line(), path, "must be a mapping of keys to values, was " + YamlNode.describe(node)));
        return Optional.empty();
    }

    YamlNode.MapNode node() {
        return map;
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void error(int line, String field, String message) {
        errors.add(new RubricError(file, line, field, message));
    }

    /** Records an error for every key not in {@code known}. */
    void rejectUnknownKeys(Set<String> known) {
        map.entries().forEach((key, entry) -> {
            if (!known.contains(key)) {
                error(entry.keyLine(), pathOf(key), "unknown key; known keys here are " + known.stream().sorted().toList());
            }
        });
    }

    Optional<YamlNode> optional(String key) {
        return Optional.ofNullable(map.entries().get(key)).map(YamlNode.Entry::value);
    }

    Optional<YamlNode> required(String key) {
        Optional<YamlNode> value = optional(key);
        if (value.isEmpty()) {
            error(map.line(), pathOf(key), "is missing: every " + (path.isEmpty() ? "rubric" : describeOwner()) + " needs `" + key + ":`");
        }
        return value;
    }

    private String describeOwner() {
        return path.endsWith("]") ? "item" : "entry at " + path;
    }

    Optional<String> requiredText(String key) {
        return required(key).flatMap(node -> text(node, pathOf(key)));
    }

    Optional<String> text(YamlNode node, String field) {
        if (node instanceof YamlNode.ScalarNode s && s.text() != null && !s.text().isBlank()) {
            return Optional.of(s.text());
        }
        error(node.line(), field, "must be a non-empty text, was " + YamlNode.describe(node));
        return Optional.empty();
    }

    /** A whole number from 1 to {@code max}, {@code fallback} when the key is absent, empty when invalid. */
    Optional<Integer> optionalCount(String key, int fallback, int max, String why) {
        if (optional(key).isEmpty()) {
            return Optional.of(fallback);
        }
        return requiredPositiveInt(key).filter(n -> {
            if (n > max) {
                error(optional(key).orElseThrow().line(), pathOf(key), "must be at most " + max + " (" + why + "), was " + n);
            }
            return n <= max;
        });
    }

    /** A number in (0, 1], {@code fallback} when the key is absent, empty when invalid. */
    Optional<Double> optionalFraction(String key, double fallback) {
        if (optional(key).isEmpty()) {
            return Optional.of(fallback);
        }
        YamlNode node = optional(key).orElseThrow();
        if (node instanceof YamlNode.ScalarNode s && s.text() != null && s.text().strip().matches("(0|1)?\\.\\d+|1|1\\.0*")) {
            double value = Double.parseDouble(s.text().strip());
            if (value > 0 && value <= 1) {
                return Optional.of(value);
            }
        }
        String was = node instanceof YamlNode.ScalarNode s && s.text() != null ? s.text() : YamlNode.describe(node);
        error(node.line(), pathOf(key), "must be a fraction above 0 and at most 1, e.g. 0.8, was " + was);
        return Optional.empty();
    }

    Optional<Integer> requiredPositiveInt(String key) {
        return required(key).flatMap(node -> {
            if (node instanceof YamlNode.ScalarNode s && s.text() != null && s.text().strip().matches("\\d{1,9}")
                    && Integer.parseInt(s.text().strip()) > 0) {
                return Optional.of(Integer.parseInt(s.text().strip()));
            }
            String was = node instanceof YamlNode.ScalarNode s && s.text() != null ? s.text() : YamlNode.describe(node);
            error(node.line(), pathOf(key), "must be a positive whole number, was " + was);
            return Optional.empty();
        });
    }

    Duration optionalDuration(String key, Duration fallback) {
        return optional(key).flatMap(node -> {
            Optional<Duration> d = node instanceof YamlNode.ScalarNode s && s.text() != null
                    ? Durations.parse(s.text()) : Optional.empty();
            if (d.isEmpty()) {
                error(node.line(), pathOf(key), "must be a duration such as 500ms, 10s or 5m, was " + YamlNode.describe(node));
            }
            return d;
        }).orElse(fallback);
    }

    Optional<List<YamlNode>> requiredList(String key) {
        return required(key).flatMap(node -> {
            if (node instanceof YamlNode.ListNode l) {
                return Optional.of(l.elements());
            }
            error(node.line(), pathOf(key), "must be a list, was " + YamlNode.describe(node));
            return Optional.empty();
        });
    }
}
