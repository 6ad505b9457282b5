package lab.grader.child;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lab.grader.catalogue.TestCatalogue;
import lab.grader.catalogue.TestCase;
import lab.grader.rubric.Kind;

/**
 * The training run of the test JVMs' AOT cache ({@link lab.grader.aot.AotCache}): does what a test
 * JVM does - read a request, discover and run tests through the JUnit launcher, write sealed events -
 * on grader.jar alone. Without a submission the hidden tests fail at once (their student classes
 * are missing), which still loads what they share; {@link Workout} loads the libraries they use.
 * Ends with {@code System.exit}, not halt, so that the JVM writes its cache.
 */
public final class TrainingMain {
    private TrainingMain() {}

    /** @param args the code source to scan for tests (grader.jar) */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("grader-training-");
        List<List<ChildRequest.Test>> batches = new ArrayList<>();
        batches.add(Stream.of("assertions", "waiting_on_threads_and_executors", "architecture_rules", "loopback_http",
                "a_process_pool").map(member -> new ChildRequest.Test(Workout.class.getName(), member, false)).toList());
        // one launcher run per test class: a class whose student classes are missing fails its engine's discovery
        // (public tests are left out: their own @Timeout lets some wait for a minute on the missing classes)
        TestCatalogue.scan(List.of(Path.of(args[0]))).all().stream().filter(test -> test.kind() != Kind.PUBLIC_TEST)
                .collect(Collectors.groupingBy(TestCase::className, TreeMap::new, Collectors.mapping(
                        test -> new ChildRequest.Test(test.className(), test.member(), test.field()), Collectors.toList())))
                .values().forEach(batches::add);
        try {
            for (List<ChildRequest.Test> tests : batches) {
                ChildRequest request = new ChildRequest(dir.resolve("results.jsonl").toString(), 1_000, List.of("lab.none"), tests);
                try {
                    ChildMain.run(request, EventSeal.of(EventSeal.newKey()));
                } catch (Exception | LinkageError expected) {
                    // without a submission most hidden tests cannot even be discovered: what loaded is what counts
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }
}
