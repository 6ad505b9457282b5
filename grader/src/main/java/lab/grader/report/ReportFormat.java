package lab.grader.report;

import lab.grader.scoring.GradeResult;

/** How a grade is written out. */
public enum ReportFormat {
    TEXT, JSON;

    /** The report of {@code result} in this format. */
    public String render(GradeResult result) {
        return switch (this) {
            case TEXT -> TextReport.render(result);
            case JSON -> JsonReport.render(result);
        };
    }
}
