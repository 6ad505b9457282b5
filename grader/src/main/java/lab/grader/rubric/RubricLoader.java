package lab.grader.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads rubric.yaml into a {@link Rubric}, collecting every structural problem (malformed YAML,
 * unknown or duplicate keys, missing fields, bad points, kinds, durations, duplicate item ids).
 * What the selectors select is checked afterwards against the tests that exist, by
 * {@link RubricValidator}.
 */
public final class RubricLoader {
    /** The keys each level knows; a new key is added here and read in the matching method. */
    static final Set<String> ROOT_KEYS = Set.of("defaults", "assignments");
    static final Set<String> DEFAULTS_KEYS = Set.of("test-timeout", "submission-timeout");
    static final Set<String> ASSIGNMENT_KEYS = Set.of("title", "items", "expected-duration");
    static final Set<String> ITEM_KEYS = Set.of("id", "kind", "tests", "points", "description", "visibility", "repeat", "pass-fraction");
    /** Each run of a repeated item starts a test JVM: more than this is a grading-time problem, not rigour. */
    static final int MAX_REPEAT = 20;

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final List<RubricError> errors = new ArrayList<>();

    private RubricLoader(String file) {
        this.file = file;
    }

    /** Reads the rubric at {@code path}. */
    public static Rubric load(Path path) throws InvalidRubricException {
        String name = path.getFileName().toString();
        try {
            return parse(name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidRubricException(List.of(new RubricError(name, 0, "", "cannot read the rubric: " + e)));
        }
    }

    /** Reads the rubric embedded in grader.jar. */
    public static Rubric loadEmbedded() throws InvalidRubricException {
        try (InputStream in = RubricLoader.class.getResourceAsStream("/rubric.yaml")) {
            if (in == null) {
                throw new InvalidRubricException(List.of(new RubricError("rubric.yaml", 0, "",
                        "no rubric is embedded in this grader.jar: pass one with --rubric FILE")));
            }
            return parse("rubric.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidRubricException(List.of(new RubricError("rubric.yaml", 0, "", "cannot read the embedded rubric: " + e)));
        }
    }

    /** Parses {@code text}; {@code file} names it in error messages. */
    public static Rubric parse(String file, String text) throws InvalidRubricException {
        RubricLoader loader = new RubricLoader(file);
        YamlTreeReader reader = new YamlTreeReader(file, loader.errors);
        Optional<Rubric> rubric = reader.read(text).flatMap(root -> loader.rubric(root, reader.lines()));
        if (!loader.errors.isEmpty() || rubric.isEmpty()) {
            throw new InvalidRubricException(loader.errors.stream()
                    .sorted(java.util.Comparator.comparingInt(RubricError::line)).toList());
        }
        return rubric.get();
    }

    private Optional<Rubric> rubric(YamlNode root, Map<String, Integer> lines) {
        Optional<MappingReader> reader = MappingReader.of(file, errors, root, "");
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        MappingReader r = reader.get();
        r.rejectUnknownKeys(ROOT_KEYS);
        Defaults defaults = r.optional("defaults").flatMap(node -> MappingReader.of(file, errors, node, "defaults"))
                .map(this::defaults).orElse(Defaults.STANDARD);
        List<Assignment> assignments = new ArrayList<>();
        r.required("assignments").flatMap(node -> MappingReader.of(file, errors, node, "assignments"))
                .ifPresent(a -> a.node().entries().forEach((id, entry) ->
                        MappingReader.of(file, errors, entry.value(), a.pathOf(id))
                                .flatMap(ar -> assignment(id, ar)).ifPresent(assignments::add)));
        return Optional.of(new Rubric(file, defaults, assignments, lines));
    }

    private Defaults defaults(MappingReader r) {
        r.rejectUnknownKeys(DEFAULTS_KEYS);
        return new Defaults(
                r.optionalDuration("test-timeout", Defaults.STANDARD.testTimeout()),
                r.optionalDuration("submission-timeout", Defaults.STANDARD.submissionTimeout()));
    }

    private Optional<Assignment> assignment(String id, MappingReader r) {
        r.rejectUnknownKeys(ASSIGNMENT_KEYS);
        Optional<String> title = r.requiredText("title");
        Duration expected = r.optionalDuration("expected-duration", Duration.ZERO);
        List<Item> items = new ArrayList<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        r.requiredList("items").ifPresent(nodes -> {
            for (int i = 0; i < nodes.size(); i++) {
                String itemPath = r.pathOf("items") + "[" + i + "]";
                MappingReader.of(file, errors, nodes.get(i), itemPath)
                        .flatMap(ir -> item(ir, firstLineOfId)).ifPresent(items::add);
            }
        });
        return title.map(t -> new Assignment(id, t, items, expected));
    }

    private Optional<Item> item(MappingReader r, Map<String, Integer> firstLineOfId) {
        r.rejectUnknownKeys(ITEM_KEYS);
        Optional<String> id = r.requiredText("id").filter(text -> {
            int line = r.optional("id").orElseThrow().line();
            if (!KEBAB_CASE.matcher(text).matches()) {
                r.error(line, r.pathOf("id"), "must be kebab-case (lower-case words joined by '-'), was '" + text + "'");
                return false;
            }
            Integer first = firstLineOfId.putIfAbsent(text, line);
            if (first != null) {
                r.error(line, r.pathOf("id"), "duplicate item id '" + text + "' (first at line " + first + "): ids must be unique within an assignment");
                return false;
            }
            return true;
        });
        Optional<Kind> kind = r.requiredText("kind").flatMap(text -> {
            Optional<Kind> k = Kind.fromYaml(text);
            if (k.isEmpty()) {
                r.error(r.optional("kind").orElseThrow().line(), r.pathOf("kind"),
                        "unknown kind '" + text + "': use hidden-test, public-test or rule");
            }
            return k;
        });
        Optional<List<Selector>> tests = r.requiredList("tests").flatMap(nodes -> selectors(r, nodes));
        Optional<Integer> points = r.requiredPositiveInt("points");
        Optional<String> description = r.requiredText("description");
        Optional<Visibility> visibility = r.optional("visibility").isEmpty() ? Optional.of(Visibility.VISIBLE)
                : r.requiredText("visibility").flatMap(text -> {
                    Optional<Visibility> v = Visibility.fromYaml(text);
                    if (v.isEmpty()) {
                        r.error(r.optional("visibility").orElseThrow().line(), r.pathOf("visibility"),
                                "unknown visibility '" + text + "': use visible, after_due_date or hidden");
                    }
                    return v;
                });
        Optional<Integer> repeat = r.optionalCount("repeat", 1, MAX_REPEAT, "each run starts a test JVM");
        Optional<Double> passFraction = r.optionalFraction("pass-fraction", 1.0);
        if (repeat.isPresent() && repeat.get() == 1 && r.optional("pass-fraction").isPresent()) {
            r.error(r.optional("pass-fraction").orElseThrow().line(), r.pathOf("pass-fraction"),
                    "needs `repeat` of 2 or more: a fraction of a single run is all or nothing");
            return Optional.empty();
        }
        if (visibility.isEmpty() || id.isEmpty() || kind.isEmpty() || tests.isEmpty() || points.isEmpty() || description.isEmpty()
                || repeat.isEmpty() || passFraction.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Item(id.get(), kind.get(), tests.get(), points.get(), description.get(), visibility.get(),
                repeat.get(), passFraction.get()));
    }

    private Optional<List<Selector>> selectors(MappingReader r, List<YamlNode> nodes) {
        String field = r.pathOf("tests");
        if (nodes.isEmpty()) {
            r.error(r.optional("tests").orElseThrow().line(), field, "must select at least one test or rule");
            return Optional.empty();
        }
        List<Selector> selectors = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < nodes.size(); i++) {
            String elementField = field + "[" + i + "]";
            YamlNode node = nodes.get(i);
            Optional<Selector> selector = r.text(node, elementField).flatMap(text -> {
                Optional<Selector> s = Selector.parse(text);
                if (s.isEmpty()) {
                    r.error(node.line(), elementField, "must be `fully.qualified.Class` or `fully.qualified.Class#member`, was '" + text + "'");
                }
                return s;
            });
            selector.ifPresent(selectors::add);
            ok &= selector.isPresent();
        }
        return ok ? Optional.of(selectors) : Optional.empty();
    }
}
