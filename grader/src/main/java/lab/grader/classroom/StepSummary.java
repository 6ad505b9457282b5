package lab.grader.classroom;

import lab.grader.scoring.AssignmentResult;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.ItemResult;

/** The job summary ({@code $GITHUB_STEP_SUMMARY}): a table per assignment, then what to fix. */
final class StepSummary {
    private StepSummary() {}

    static String markdown(GradeResult result, String problem) {
        GradeResult view = StudentView.of(result);
        StringBuilder md = new StringBuilder("## Autograding: " + view.score() + "/" + view.maxScore() + " points\n\n");
        if (problem != null) {
            md.append("**The grader could not grade this submission:**\n\n").append(block(problem)).append('\n');
        }
        for (AssignmentResult a : view.assignments()) {
            md.append("### ").append(cell(a.title())).append(" (`").append(a.id()).append("`): ")
                    .append(a.score()).append('/').append(a.maxScore()).append("\n\n")
                    .append("| item | points | status | what it checks |\n|---|---:|---|---|\n");
            for (ItemResult i : a.items()) {
                md.append("| ").append(i.id()).append(" | ").append(i.points()).append('/').append(i.maxPoints())
                        .append(" | ").append(i.status().reportName()).append(" | ").append(cell(i.description())).append(" |\n");
            }
            md.append('\n');
            for (ItemResult i : a.items()) {
                if (!i.feedback().isEmpty()) {
                    md.append("**").append(a.id()).append('/').append(i.id()).append("**\n\n").append(block(i.feedback())).append('\n');
                }
            }
        }
        return WorkflowCommands.neutralise(md.toString());
    }

    /** One table cell: no line breaks, no column breaks, no HTML. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replaceAll("\\R", " ");
    }

    /** A fenced block longer than any backtick run inside, so student text cannot close it. */
    private static String block(String text) {
        int longest = 2;
        for (var m = java.util.regex.Pattern.compile("`+").matcher(text); m.find(); ) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(longest + 1);
        return fence + "text\n" + text + "\n" + fence + "\n";
    }
}
