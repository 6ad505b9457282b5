package lab.grader.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lab.grader.catalogue.TestCase;
import lab.grader.measure.JvmProcess;
import lab.grader.plan.GradingPlan;
import lab.grader.plan.PlannedAssignment;
import lab.grader.plan.PlannedItem;
import lab.grader.rubric.Kind;

/**
 * How a course usually grades Java in GitHub Classroom: one {@code mvn test -Dtest=...} step per rubric
 * item. Here each item runs against the reference solution's module in the course checkout, which
 * compiles and runs the same hidden tests; rules are selected by their class, as a workflow would.
 */
final class UsualWay {
    /** One Maven invocation for one item. */
    record Step(String assignment, String item, String testFilter, Duration wall, boolean passed) {
    }

    private UsualWay() {}

    /** Every item of {@code plan}, or {@code sample} of them spread evenly when {@code sample} > 0. */
    static List<PlannedItemOf> items(GradingPlan plan, int sample) {
        List<PlannedItemOf> all = new ArrayList<>();
        for (PlannedAssignment assignment : plan.assignments()) {
            assignment.items().forEach(item -> all.add(new PlannedItemOf(assignment.id(), item)));
        }
        if (sample <= 0 || sample >= all.size()) {
            return all;
        }
        List<PlannedItemOf> picked = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            picked.add(all.get((int) ((long) i * all.size() / sample)));
        }
        return picked;
    }

    record PlannedItemOf(String assignment, PlannedItem item) {
    }

    /** Surefire's {@code -Dtest}: {@code Class#m1+m2,Other}; a rule item names its whole class. */
    static String testFilter(PlannedItem item) {
        Map<String, List<String>> byClass = new LinkedHashMap<>();
        for (TestCase test : item.tests()) {
            String topLevel = test.className().contains("$") ? test.className().substring(0, test.className().indexOf('$')) : test.className();
            List<String> members = byClass.computeIfAbsent(topLevel, c -> new ArrayList<>());
            if (item.item().kind() != Kind.RULE && !test.className().contains("$")) {
                members.add(test.member());
            }
        }
        return byClass.entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + "#" + String.join("+", e.getValue()))
                .collect(Collectors.joining(","));
    }

    static Step run(Path course, PlannedItemOf planned, Duration limit) throws IOException, InterruptedException {
        String filter = testFilter(planned.item());
        List<String> command = List.of("mvn", "-o", "-q", "-B", "-pl", "reference-solutions/" + planned.assignment(), "-am",
                "test", "-Dtest=" + filter, "-Dsurefire.failIfNoSpecifiedTests=false");
        JvmProcess.Result result = JvmProcess.run(command, course, limit);
        return new Step(planned.assignment(), planned.item().item().id(), filter, result.wall(), result.exitCode() == 0);
    }
}
