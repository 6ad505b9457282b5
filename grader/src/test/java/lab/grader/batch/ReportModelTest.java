package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportModelTest {
    // a: 3 of 4 pass, b: 1 of 4, c: 2 of 4 -> b is the hardest
    static final List<SubmissionRecord> RECORDS = List.of(
            Grades.record("repo-1", "ann", "a", "b", "c"),
            Grades.record("repo-2", "ben", "a", "c"),
            Grades.record("repo-3", "cat", "a"),
            Grades.record("repo-4", "dan"));

    static ReportModel model(List<SubmissionRecord> records) {
        return ReportModel.of(ClassResults.of(records, List.of()), "Test", "now", List.of());
    }

    @Test
    void items_are_sorted_hardest_first_with_pass_counts_and_descriptions() {
        var items = model(RECORDS).items();
        assertThat(items).extracting(ReportModel.ItemRate::item).containsExactly("b", "c", "a");
        assertThat(items.get(0).description()).isEqualTo("joins the thread");
        assertThat(items.get(0).passed()).isEqualTo(1);
        assertThat(items.get(0).graded()).isEqualTo(4);
        assertThat(items.get(0).rate()).isEqualTo(25.0);
    }

    @Test
    void submissions_without_a_grade_or_without_the_assignment_do_not_count_in_pass_rates() {
        var crashed = new SubmissionRecord("repo-5", "eve", SubmissionRecord.RunStatus.CRASHED, "boom", "h", "now", 1, null,
                List.of("threads"), 0, 6, Grades.threads());
        var absent = new SubmissionRecord("repo-6", "fay", SubmissionRecord.RunStatus.GRADED, null, "h", "now", 1, List.of(),
                List.of(), 0, 6, Grades.threads());
        var items = model(List.of(RECORDS.get(0), crashed, absent)).items();
        assertThat(items).allSatisfy(i -> assertThat(i.graded()).isEqualTo(1));
    }

    @Test
    void the_histogram_has_ten_bins_of_the_share_of_the_maximum_and_a_full_score_falls_in_the_last() {
        // totals 6, 4, 1, 0 of 6 -> 100%, 66.7%, 16.7%, 0%
        var bins = model(RECORDS).histogram();
        assertThat(bins).hasSize(10);
        assertThat(bins).extracting(ReportModel.Bin::count).containsExactly(1, 1, 0, 0, 0, 0, 1, 0, 0, 1);
        assertThat(bins.get(9).label()).isEqualTo("90-100%");
    }

    @Test
    void the_summary_counts_students_and_gives_mean_and_median() {
        var summary = model(RECORDS).summary();
        assertThat(summary.students()).isEqualTo(4);
        assertThat(summary.graded()).isEqualTo(4);
        assertThat(summary.maxTotal()).isEqualTo(6);
        assertThat(summary.meanPercent()).isEqualTo(45.8);
        assertThat(summary.medianPercent()).isEqualTo(41.7);
    }

    @Test
    void a_student_with_two_repositories_gets_the_best_score_of_each_assignment() {
        var results = ClassResults.of(List.of(Grades.record("hw1-ann", "ann", "a"), Grades.record("hw2-ann", "ann", "b")), List.of());
        assertThat(results.students()).singleElement().satisfies(s -> {
            assertThat(s.total()).isEqualTo(2);
            assertThat(s.submissions()).hasSize(2);
        });
    }

    @Test
    void feedback_hides_the_name_and_feedback_of_hidden_items_but_counts_their_points() {
        var results = ClassResults.of(List.of(Grades.record("repo-4", "dan")), List.of());
        String md = FeedbackFiles.markdown(results.students().get(0));
        assertThat(md).contains("# dan: 0/6 points").contains("item b failed").contains("(hidden item) | 0/3")
                .doesNotContain("secret check").doesNotContain("item c failed");
    }

    @Test
    void feedback_file_names_are_safe_and_distinct() {
        assertThat(FeedbackFiles.fileName("../Ann Lee")).isEqualTo("__Ann_Lee");
        var results = ClassResults.of(List.of(Grades.record("r1", "a b"), Grades.record("r2", "a_b")), List.of());
        assertThat(FeedbackFiles.render(results)).containsOnlyKeys("a_b.md", "a_b-2.md");
    }

    @Test
    void the_page_embeds_the_model_so_that_no_feedback_text_can_end_the_script() {
        var evil = new SubmissionRecord("repo-x", "</script><script>alert(1)</script>", SubmissionRecord.RunStatus.GRADED, null,
                "h", "now", 1, List.of(), List.of("threads"), 0, 6, Grades.threads());
        String page = HtmlReport.render(model(List.of(evil)));
        assertThat(page).doesNotContain("<script>alert(1)").contains("\\u003c/script\\u003e");
        assertThat(page).as("no network: nothing is fetched").doesNotContainPattern("(src|href)=\"?(https?:)?//")
                .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(").doesNotContain("fetch(")
                .doesNotContain("XMLHttpRequest");
    }
}
