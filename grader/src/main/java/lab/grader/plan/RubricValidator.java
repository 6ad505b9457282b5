package lab.grader.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.catalogue.TestCase;
import lab.grader.catalogue.TestCatalogue;
import lab.grader.rubric.Assignment;
import lab.grader.rubric.InvalidRubricException;
import lab.grader.rubric.Item;
import lab.grader.rubric.Kind;
import lab.grader.rubric.Rubric;
import lab.grader.rubric.RubricError;
import lab.grader.rubric.Selector;

/**
 * Checks a structurally valid rubric against the tests that exist: every selector selects
 * something of its item's kind, and every hidden test and rule is scored by exactly one item.
 */
public final class RubricValidator {
    private RubricValidator() {}

    /** Resolves {@code rubric} against {@code catalogue}, or reports every mismatch at once. */
    public static GradingPlan plan(Rubric rubric, TestCatalogue catalogue) throws InvalidRubricException {
        List<RubricError> errors = new ArrayList<>();
        Map<TestCase, String> scoredBy = new LinkedHashMap<>();
        List<PlannedAssignment> assignments = new ArrayList<>();
        for (Assignment assignment : rubric.assignments()) {
            List<PlannedItem> items = new ArrayList<>();
            for (int i = 0; i < assignment.items().size(); i++) {
                Item item = assignment.items().get(i);
                String itemField = "assignments." + assignment.id() + ".items[" + i + "]";
                List<TestCase> tests = new ArrayList<>();
                for (int s = 0; s < item.tests().size(); s++) {
                    Selector selector = item.tests().get(s);
                    String field = itemField + ".tests[" + s + "]";
                    List<TestCase> selected = catalogue.select(selector);
                    if (selected.isEmpty()) {
                        errors.add(error(rubric, field, selector + " matches no test or rule in this grader: check the class and member name"));
                        continue;
                    }
                    List<TestCase> wrongKind = selected.stream().filter(t -> t.kind() != item.kind()).toList();
                    if (!wrongKind.isEmpty()) {
                        errors.add(error(rubric, field, "a " + item.kind() + " item must select " + expected(item.kind())
                                + ", but " + selector + " is a " + wrongKind.getFirst().kind()));
                        continue;
                    }
                    for (TestCase test : selected) {
                        String owner = assignment.id() + "/" + item.id();
                        String previous = scoredBy.putIfAbsent(test, owner);
                        if (previous != null && !previous.equals(owner)) {
                            errors.add(error(rubric, field, test + " is already scored by item " + previous + ": score each test once"));
                        } else if (!tests.contains(test)) {
                            tests.add(test);
                        }
                    }
                }
                items.add(new PlannedItem(item, tests));
            }
            assignments.add(new PlannedAssignment(assignment, items));
        }
        for (TestCase test : catalogue.all()) {
            if (test.kind() != Kind.PUBLIC_TEST && !scoredBy.containsKey(test)) {
                errors.add(unscored(rubric, test));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRubricException(errors);
        }
        return new GradingPlan(rubric, assignments);
    }

    private static RubricError unscored(Rubric rubric, TestCase test) {
        String what = test.kind() == Kind.RULE ? "rule" : "hidden test";
        // lab.hidden.<pkg>: the assignment whose package matches owns it
        String pkg = test.packageName().replaceFirst("^lab\\.hidden\\.", "");
        return rubric.assignments().stream()
                .filter(a -> a.id().replace("-", "").equals(pkg))
                .findFirst()
                .map(a -> error(rubric, "assignments." + a.id() + ".items",
                        "the " + what + " " + test + " is scored by no item: add it to an item's tests"))
                .orElse(error(rubric, "assignments", "the " + what + " " + test
                        + " is scored by no item, and no assignment here matches its package " + test.packageName()));
    }

    private static String expected(Kind kind) {
        return switch (kind) {
            case HIDDEN_TEST -> "hidden tests (lab.hidden..*Test)";
            case RULE -> "rules (lab.hidden..*Rules)";
            case PUBLIC_TEST -> "public tests (*PublicTest)";
        };
    }

    private static RubricError error(Rubric rubric, String field, String message) {
        return new RubricError(rubric.source(), rubric.lineOf(field), field, message);
    }
}
