package lab.grader.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code grades.csv}: a header, then a row per student: {@code student, <one column per assignment>,
 * total, max_total, tampered, status, submissions}. Points are whole numbers; {@code tampered} is
 * {@code yes} or {@code no}; a spreadsheet or an LMS imports it as is.
 */
final class GradesCsv {
    static final String FILE = "grades.csv";

    private GradesCsv() {}

    static String render(ClassResults results) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("student"));
        results.assignments().forEach(a -> header.add(a.id()));
        header.addAll(List.of("total", "max_total", "tampered", "status", "submissions"));
        csv.append(Csv.row(header));
        for (ClassResults.StudentGrade s : results.students()) {
            List<String> row = new ArrayList<>(List.of(s.student()));
            results.assignments().forEach(a -> row.add(String.valueOf(s.scores().getOrDefault(a.id(), 0))));
            row.add(String.valueOf(s.total()));
            row.add(String.valueOf(s.maxTotal()));
            row.add(s.isTampered() ? "yes" : "no");
            row.add(s.status());
            row.add(String.join(" ", s.submissions().stream().map(SubmissionRecord::submission).toList()));
            csv.append(Csv.row(row));
        }
        return csv.toString();
    }
}
