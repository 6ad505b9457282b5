package lab.grader.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fixture submission: {@code grader/fixtures/<name>/fixture.yaml} and the files it lays over
 * its base.
 *
 * @param loses    {@code assignment/item} ids that must score 0; every other item full marks
 * @param status   expected status of some items
 * @param feedback a substring some items' feedback must contain
 */
record Fixture(String name, Path dir, String description, String base, List<String> assignments,
               List<String> loses, Map<String, String> status, Map<String, String> feedback, List<String> requires) {

    /** @param requires isolation measures (user, pid-namespace, net-namespace, limits) without which the fixture is skipped */
    record Yaml(String description, String base, List<String> assignments, List<String> loses,
                Map<String, String> status, Map<String, String> feedback, List<String> requires) {}

    static Fixture read(Path dir) throws IOException {
        Yaml y = new ObjectMapper(new YAMLFactory()).readValue(dir.resolve("fixture.yaml").toFile(), Yaml.class);
        return new Fixture(dir.getFileName().toString(), dir, y.description(), y.base(), y.assignments(),
                y.loses() == null ? List.of() : y.loses(),
                y.status() == null ? Map.of() : y.status(), y.feedback() == null ? Map.of() : y.feedback(),
                y.requires() == null ? List.of() : y.requires());
    }

    /** The folder its base is copied from: the reference solutions or the skeletons. */
    Path baseDir() {
        return switch (base) {
            case "reference" -> GraderJar.ROOT.resolve("reference-solutions");
            case "skeleton" -> GraderJar.ROOT.resolve("assignments");
            default -> throw new IllegalArgumentException(name + ": base must be reference or skeleton, was " + base);
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
