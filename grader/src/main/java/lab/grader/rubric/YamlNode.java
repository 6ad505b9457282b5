package lab.grader.rubric;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML value that remembers its line: Jackson's tree model forgets locations, and every rubric
 * error must name the line to fix.
 */
sealed interface YamlNode {
    int line();

    /** A mapping; keys in file order. */
    record MapNode(int line, LinkedHashMap<String, Entry> entries) implements YamlNode {}

    /** A key and its value; the key's own line is where a message about the key points. */
    record Entry(int keyLine, YamlNode value) {}

    record ListNode(int line, List<YamlNode> elements) implements YamlNode {}

    /** A scalar; {@code text} is null for YAML's null ({@code ~}, empty). */
    record ScalarNode(int line, String text) implements YamlNode {}

    /** A short description for "expected X, was Y" messages. */
    static String describe(YamlNode node) {
        return switch (node) {
            case MapNode m -> "a mapping";
            case ListNode l -> "a list";
            case ScalarNode s when s.text() == null -> "empty";
            case ScalarNode s -> "'" + s.text() + "'";
        };
    }
}
