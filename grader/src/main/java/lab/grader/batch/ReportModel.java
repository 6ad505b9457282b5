package lab.grader.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What report.html shows, computed here (and tested here) so that the page's script only draws it.
 *
 * @param histogram ten bins of students' total as a share of the maximum: 0-9%, ..., 90-100%
 * @param items     every rubric item, hardest first: its pass rate among graded submissions that
 *                  handed its assignment in (items no one could be graded on come last)
 * @param notes     what the instructor should know about the run (e.g. no tamper check)
 */
record ReportModel(String title, String generatedAt, Summary summary, List<ClassResults.Column> assignments,
                   List<Bin> histogram, List<ItemRate> items, List<StudentRow> students, List<String> notes) {

    record Summary(int students, int submissions, int graded, int notGraded, int tampered, int maxTotal,
                   double meanPercent, double medianPercent) {}

    record Bin(String label, int count) {}

    /** @param rate passed/graded, or null when no graded submission has the assignment */
    record ItemRate(String assignment, String item, String description, int points, int passed, int graded, Double rate) {}

    record StudentRow(String student, List<String> submissions, Map<String, Integer> scores, int total, int maxTotal,
                      List<String> tampered, String status, List<SubmissionRecord> breakdown) {}

    static ReportModel of(ClassResults results, String title, String generatedAt, List<String> notes) {
        List<ClassResults.StudentGrade> handedIn = results.students().stream().filter(ClassResults.StudentGrade::handedIn).toList();
        int maxTotal = results.assignments().stream().mapToInt(ClassResults.Column::maxScore).sum();
        List<Double> percents = handedIn.stream().map(s -> percent(s.total(), maxTotal)).sorted().toList();
        int graded = (int) results.records().stream().filter(r -> r.status() == SubmissionRecord.RunStatus.GRADED).count();
        Summary summary = new Summary(results.students().size(), results.records().size(), graded,
                results.records().size() - graded, (int) results.records().stream().filter(SubmissionRecord::isTampered).count(),
                maxTotal, round(percents.stream().mapToDouble(Double::doubleValue).average().orElse(0)), round(median(percents)));
        List<StudentRow> rows = results.students().stream()
                .map(s -> new StudentRow(s.student(), s.submissions().stream().map(SubmissionRecord::submission).toList(),
                        s.scores(), s.total(), s.maxTotal(), s.tampered(), s.status(), s.submissions()))
                .toList();
        return new ReportModel(title, generatedAt, summary, results.assignments(), histogram(percents), itemRates(results),
                rows, List.copyOf(notes));
    }

    static List<Bin> histogram(List<Double> percents) {
        int[] counts = new int[10];
        for (double p : percents) {
            counts[Math.min(9, Math.max(0, (int) Math.floor(p / 10)))]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bins.add(new Bin(i * 10 + "-" + (i == 9 ? 100 : i * 10 + 9) + "%", counts[i]));
        }
        return bins;
    }

    static List<ItemRate> itemRates(ClassResults results) {
        List<ItemRate> rates = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (SubmissionRecord r : results.records()) {
            for (SubmissionRecord.Assignment a : r.assignments()) {
                for (SubmissionRecord.Item i : a.items()) {
                    String key = a.id() + "/" + i.id();
                    if (seen.contains(key)) {
                        continue;
                    }
                    seen.add(key);
                    int passed = 0;
                    int total = 0;
                    for (SubmissionRecord other : results.records()) {
                        if (other.status() != SubmissionRecord.RunStatus.GRADED || !other.assignmentsPresent().contains(a.id())) {
                            continue;
                        }
                        var item = other.assignments().stream().filter(x -> x.id().equals(a.id()))
                                .flatMap(x -> x.items().stream()).filter(x -> x.id().equals(i.id())).findFirst();
                        if (item.isPresent()) {
                            total++;
                            passed += item.get().passed() ? 1 : 0;
                        }
                    }
                    rates.add(new ItemRate(a.id(), i.id(), i.description(), i.maxPoints(), passed, total,
                            total == 0 ? null : round(100.0 * passed / total)));
                }
            }
        }
        // stable sort: equal rates keep rubric order
        rates.sort(Comparator.comparing((ItemRate x) -> x.rate() == null).thenComparing(x -> x.rate() == null ? 0 : x.rate()));
        return rates;
    }

    private static double percent(int score, int max) {
        return max == 0 ? 0 : 100.0 * score / max;
    }

    private static double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
