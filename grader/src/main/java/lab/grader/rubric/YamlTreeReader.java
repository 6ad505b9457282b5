package lab.grader.rubric;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Reads YAML into {@link YamlNode}s with Jackson's streaming parser, noting duplicate keys. */
final class YamlTreeReader {
    private final String file;
    private final List<RubricError> errors;
    private final Map<String, Integer> lines = new HashMap<>();

    YamlTreeReader(String file, List<RubricError> errors) {
        this.file = file;
        this.errors = errors;
    }

    /** The line of every field path read, e.g. {@code assignments.threads.items[2].tests[0]}. */
    Map<String, Integer> lines() {
        return Map.copyOf(lines);
    }

    /** The document's root, or empty when it is empty or malformed (an error is then recorded). */
    Optional<YamlNode> read(String text) {
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                errors.add(new RubricError(file, 1, "", "the rubric is empty: it needs at least `assignments:`"));
                return Optional.empty();
            }
            return Optional.of(readValue(parser, ""));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            errors.add(new RubricError(file, line, "", "malformed YAML: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            errors.add(new RubricError(file, 0, "", "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private YamlNode readValue(JsonParser parser, String path) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        lines.putIfAbsent(path, line);
        return switch (token) {
            case START_OBJECT -> readMap(parser, path, line);
            case START_ARRAY -> readList(parser, path, line);
            case VALUE_NULL -> new YamlNode.ScalarNode(line, null);
            default -> new YamlNode.ScalarNode(line, parser.getText());
        };
    }

    private YamlNode readMap(JsonParser parser, String path, int line) throws IOException {
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            String childPath = path.isEmpty() ? key : path + "." + key;
            // a field's line is its key's: a block list or mapping value starts on a later line
            lines.putIfAbsent(childPath, keyLine);
            YamlNode value = readValue(parser, childPath);
            YamlNode.Entry previous = entries.putIfAbsent(key, new YamlNode.Entry(keyLine, value));
            if (previous != null) {
                errors.add(new RubricError(file, keyLine, childPath,
                        "duplicate key (first at line " + previous.keyLine() + "): keep one of them"));
            }
        }
        return new YamlNode.MapNode(line, entries);
    }

    private YamlNode readList(JsonParser parser, String path, int line) throws IOException {
        List<YamlNode> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(readValue(parser, path + "[" + elements.size() + "]"));
        }
        return new YamlNode.ListNode(line, elements);
    }
}
