package lab.grader.batch;

import java.util.ArrayList;
import java.util.List;

/** Test data: grade JSON and records with a given set of passed items. */
final class Grades {
    private Grades() {}

    /** Assignment "threads" with items a (1 point), b (2 points), c (3 points, hidden); the named ones passed. */
    static List<SubmissionRecord.Assignment> threads(String... passed) {
        List<SubmissionRecord.Item> items = new ArrayList<>();
        int score = 0;
        String[][] all = {{"a", "1", "visible", "starts a thread"}, {"b", "2", "visible", "joins the thread"},
                {"c", "3", "hidden", "secret check"}};
        for (String[] i : all) {
            boolean ok = List.of(passed).contains(i[0]);
            int max = Integer.parseInt(i[1]);
            score += ok ? max : 0;
            items.add(new SubmissionRecord.Item(i[0], "hidden-test", ok ? "passed" : "failed", ok ? max : 0, max, i[3],
                    ok ? "" : "item " + i[0] + " failed: do the thing", i[2]));
        }
        return List.of(new SubmissionRecord.Assignment("threads", "Threads", score, 6, items));
    }

    static SubmissionRecord record(String submission, String student, String... passed) {
        var assignments = threads(passed);
        return new SubmissionRecord(submission, student, SubmissionRecord.RunStatus.GRADED, null, "h-" + submission,
                "2025-01-01T00:00:00Z", 10, List.of(), List.of("threads"), assignments.get(0).score(), 6, assignments);
    }

    static String json(String... passed) {
        var assignments = threads(passed);
        return Json.line(new BatchRunner.GradeJson(assignments.get(0).score(), 6, assignments));
    }
}
