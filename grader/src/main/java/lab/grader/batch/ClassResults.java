package lab.grader.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The latest record of each submission, grouped by student: what grades.csv, the feedback files
 * and report.html are written from, whether by {@code batch} or {@code merge}.
 *
 * @param assignments every assignment graded, in rubric order
 * @param students    sorted by name; roster students without a submission included
 * @param records     the records, sorted by submission name
 */
record ClassResults(List<Column> assignments, List<StudentGrade> students, List<SubmissionRecord> records) {

    /** An assignment and its maximum score. */
    record Column(String id, String title, int maxScore) {}

    /**
     * One student. When several submissions are theirs (one repository per assignment, say), each
     * assignment counts with its best score among them.
     *
     * @param scores best score by assignment id
     * @param status {@code graded}, {@code no submission}, or the batch statuses of submissions that were not graded
     */
    record StudentGrade(String student, List<SubmissionRecord> submissions, Map<String, Integer> scores, int total,
                        int maxTotal, List<String> tampered, String status) {
        boolean isTampered() {
            return !tampered.isEmpty();
        }

        boolean handedIn() {
            return !submissions.isEmpty();
        }
    }

    static ClassResults of(Collection<SubmissionRecord> records, List<String> rosterStudents) {
        List<SubmissionRecord> sorted = records.stream().sorted(Comparator.comparing(SubmissionRecord::submission)).toList();
        Map<String, Column> columns = new LinkedHashMap<>();
        for (SubmissionRecord r : sorted) {
            for (SubmissionRecord.Assignment a : r.assignments()) {
                columns.merge(a.id(), new Column(a.id(), a.title(), a.maxScore()),
                        (old, neu) -> old.maxScore() >= neu.maxScore() ? old : neu);
            }
        }
        Map<String, List<SubmissionRecord>> byStudent = new LinkedHashMap<>();
        rosterStudents.forEach(s -> byStudent.put(s, new ArrayList<>()));
        sorted.forEach(r -> byStudent.computeIfAbsent(r.student(), s -> new ArrayList<>()).add(r));
        int maxTotal = columns.values().stream().mapToInt(Column::maxScore).sum();
        List<StudentGrade> students = byStudent.entrySet().stream()
                .map(e -> student(e.getKey(), e.getValue(), columns.keySet(), maxTotal))
                .sorted(Comparator.comparing(StudentGrade::student))
                .toList();
        return new ClassResults(List.copyOf(columns.values()), students, sorted);
    }

    private static StudentGrade student(String name, List<SubmissionRecord> submissions, Collection<String> ids, int maxTotal) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String id : ids) {
            scores.put(id, submissions.stream().flatMap(s -> s.assignments().stream())
                    .filter(a -> a.id().equals(id)).mapToInt(SubmissionRecord.Assignment::score).max().orElse(0));
        }
        int total = scores.values().stream().mapToInt(Integer::intValue).sum();
        List<String> tampered = submissions.stream().filter(SubmissionRecord::isTampered)
                .flatMap(s -> s.tampered().stream().map(t -> submissions.size() > 1 ? s.submission() + ": " + t : t))
                .toList();
        String status = submissions.isEmpty() ? "no submission"
                : submissions.stream().allMatch(s -> s.status() == SubmissionRecord.RunStatus.GRADED) ? "graded"
                : submissions.stream().map(s -> s.status().label()).distinct()
                        .filter(s -> !s.equals("graded")).collect(Collectors.joining(" "));
        return new StudentGrade(name, List.copyOf(submissions), scores, total, maxTotal, tampered, status);
    }
}
