package lab.grader.report;

import lab.grader.scoring.AssignmentResult;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.ItemResult;

/** One table per assignment (item, points, status, feedback), its score, and the total. */
public final class TextReport {
    private TextReport() {}

    public static String render(GradeResult result) {
        StringBuilder out = new StringBuilder();
        for (AssignmentResult a : result.assignments()) {
            out.append("== ").append(a.title()).append(" (").append(a.id()).append(") ")
                    .append(a.score()).append('/').append(a.maxScore()).append('\n');
            int width = Math.max(4, a.items().stream().mapToInt(i -> i.id().length()).max().orElse(4));
            out.append(String.format("  %-" + width + "s  %7s  %-12s  %s%n", "item", "points", "status", "feedback"));
            for (ItemResult item : a.items()) {
                String[] feedback = item.feedback().isEmpty() ? new String[] {""} : item.feedback().split("\\R");
                out.append(String.format("  %-" + width + "s  %7s  %-12s  %s%n", item.id(),
                        item.points() + "/" + item.maxPoints(), item.status().reportName(), feedback[0]));
                String indent = " ".repeat(2 + width + 2 + 7 + 2 + 12 + 2);
                for (int i = 1; i < feedback.length; i++) {
                    out.append(indent).append(feedback[i]).append('\n');
                }
            }
            out.append('\n');
        }
        out.append("Total: ").append(result.score()).append('/').append(result.maxScore()).append('\n');
        if (!result.isolation().isEmpty()) {
            out.append("\nIsolation of your code while it was tested:\n");
            result.isolation().forEach(line -> out.append("  - ").append(line).append('\n'));
        }
        return out.toString();
    }
}
