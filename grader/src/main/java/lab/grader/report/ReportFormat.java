package lab.grader.report;

import java.time.Duration;
import lab.grader.scoring.GradeResult;

/** How a grade is written out. */
public enum ReportFormat {
    TEXT, JSON, JUNIT, CLASSROOM, GRADESCOPE;

    /** The report of {@code result} in this format. */
    public String render(GradeResult result) {
        return render(result, null, Duration.ZERO);
    }

    /**
     * The report of {@code result}.
     *
     * @param problem why the grader could not grade (every item then scores 0), or null
     * @param took    how long grading took
     */
    public String render(GradeResult result, String problem, Duration took) {
        return switch (this) {
            case TEXT, CLASSROOM -> TextReport.render(result) + (problem == null ? "" : "\n" + problem + "\n");
            case JSON -> JsonReport.render(result);
            case JUNIT -> JunitReport.render(result, problem, took);
            case GRADESCOPE -> lab.grader.gradescope.GradescopeResults.render(result, problem, took);
        };
    }

    /** Whether a report is written even when grading failed: what CI and Gradescope read must always exist. */
    public boolean alwaysWritten() {
        return this == JUNIT || this == CLASSROOM || this == GRADESCOPE;
    }
}
