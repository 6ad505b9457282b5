package lab.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grades every fixture submission in {@code grader/fixtures/} and checks it loses exactly the
 * items it names: how we know the hidden tests tell the typical mistakes apart.
 */
@Execution(ExecutionMode.CONCURRENT)
class FixturesIT {

    static Stream<Fixture> fixtures() throws IOException {
        Path root = Path.of("fixtures");
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("fixture.yaml"))).sorted().toList()) {
                fixtures.add(Fixture.read(dir));
            }
        }
        return fixtures.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void the_fixture_loses_exactly_the_items_it_names(Fixture fixture) throws Exception {
        // a bomb without the cap that stops it would hurt this machine: such a fixture runs only where the cap exists
        lab.grader.run.Isolation isolation = lab.grader.run.Isolation.detect();
        for (String measure : fixture.requires()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(switch (measure) {
                case "user" -> isolation.ownUser();
                case "pid-namespace" -> isolation.pidNamespace();
                case "net-namespace" -> isolation.netNamespace();
                case "limits" -> isolation.limits();
                default -> throw new IllegalArgumentException(fixture.name() + ": unknown measure " + measure);
            }, fixture.name() + " needs " + measure + ", not in force here: " + isolation.why());
        }
        Path submission = Files.createTempDirectory("grader-fixture-" + fixture.name() + "-");
        try {
            Submissions.copy(fixture.baseDir(), fixture.assignments(), submission);
            for (String id : fixture.assignments()) {
                Submissions.copyTree(fixture.dir().resolve(id), submission.resolve(id));
            }
            List<String> args = new ArrayList<>(List.of("grade", submission.toString(), "--format", "json"));
            fixture.assignments().forEach(id -> args.addAll(List.of("--assignment", id)));
            GraderJar.Run run = GraderJar.run(Duration.ofMinutes(6), args.toArray(String[]::new));
            assertThat(run.exitCode()).as(fixture.name() + "\n" + run).isZero();
            check(fixture, run.json());
        } finally {
            Submissions.delete(submission);
        }
    }

    /**
     * The fixtures on the reference that lose an item which {@code repeat}s: races that may show up in some runs
     * only.
     */
    static Stream<Fixture> raceFixtures() throws Exception {
        java.util.Set<String> repeating = new java.util.HashSet<>();
        for (var assignment : lab.grader.rubric.RubricLoader.load(GraderJar.ROOT.resolve("rubric.yaml")).assignments()) {
            assignment.items().stream().filter(item -> item.repeat() > 1).forEach(item -> repeating.add(assignment.id() + "/" + item.id()));
        }
        return fixtures().filter(f -> f.base().equals("reference") && f.loses().stream().anyMatch(repeating::contains));
    }

    /**
     * The fixture laid over the WHOLE reference: only then do its assignment's repeated runs take test JVMs that
     * other assignments used (graded alone, as above, each further run starts a JVM of its own). A race must be
     * caught there too, and no other assignment may lose anything.
     */
    @ParameterizedTest(name = "{0}, in a whole submission")
    @MethodSource("raceFixtures")
    void a_race_fixture_loses_its_items_when_its_repeats_share_test_jvms(Fixture fixture) throws Exception {
        Path submission = Files.createTempDirectory("grader-fixture-whole-" + fixture.name() + "-");
        try {
            List<String> all;
            try (Stream<Path> dirs = Files.list(fixture.baseDir())) {
                all = dirs.filter(d -> Files.isDirectory(d.resolve("src/main/java"))).map(d -> d.getFileName().toString()).sorted().toList();
            }
            Submissions.copy(fixture.baseDir(), all, submission);
            for (String id : fixture.assignments()) {
                Submissions.copyTree(fixture.dir().resolve(id), submission.resolve(id));
            }
            GraderJar.Run run = GraderJar.run(Duration.ofMinutes(6), "grade", submission.toString(), "--format", "json");
            assertThat(run.exitCode()).as(fixture.name() + "\n" + run).isZero();
            assertThat(run.json().get("assignments")).as("every assignment graded").hasSize(all.size());
            check(fixture, run.json());
        } finally {
            Submissions.delete(submission);
        }
    }

    /** Hostile fixtures mark the processes they start with this argument: none may outlive grading. */
    static final String MARKER = "lab-hostile-marker";

    @org.junit.jupiter.api.AfterAll
    static void no_process_a_fixture_started_is_left_running() {
        org.awaitility.Awaitility.await("processes marked " + MARKER + " to end").atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(ProcessHandle.allProcesses()
                        .filter(p -> p.info().commandLine().orElse("").contains(MARKER))
                        .map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList())
                        .as("processes started by hostile fixtures must not outlive grading").isEmpty());
    }

    private static void check(Fixture fixture, JsonNode report) {
        SoftAssertions softly = new SoftAssertions();
        List<String> seen = new ArrayList<>();
        for (JsonNode assignment : report.get("assignments")) {
            for (JsonNode item : assignment.get("items")) {
                String id = assignment.get("id").asText() + "/" + item.get("id").asText();
                seen.add(id);
                int points = item.get("points").asInt();
                String about = fixture.name() + ": " + id + " (" + item.get("status").asText() + ": " + item.get("feedback").asText() + ")";
                if (fixture.loses().contains(id)) {
                    softly.assertThat(points).as(about + " should score 0").isZero();
                } else {
                    softly.assertThat(points).as(about + " should score full marks").isEqualTo(item.get("max_points").asInt());
                }
                if (fixture.status().containsKey(id)) {
                    softly.assertThat(item.get("status").asText()).as(about).isEqualTo(fixture.status().get(id));
                }
                if (fixture.feedback().containsKey(id)) {
                    softly.assertThat(item.get("feedback").asText()).as(about).contains(fixture.feedback().get(id));
                }
            }
        }
        softly.assertThat(seen).as(fixture.name() + ": items named in fixture.yaml must exist")
                .containsAll(fixture.loses()).containsAll(fixture.status().keySet()).containsAll(fixture.feedback().keySet());
        softly.assertAll();
    }
}
