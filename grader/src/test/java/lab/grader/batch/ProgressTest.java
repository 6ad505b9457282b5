package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    final AtomicLong clock = new AtomicLong();
    final StringWriter text = new StringWriter();

    void seconds(long s) {
        clock.addAndGet(s * 1_000_000_000L);
    }

    @Test
    void plain_lines_give_the_count_the_eta_from_graded_submissions_only_and_each_outcome() {
        Progress p = new Progress.Lines(new PrintWriter(text), 4, 1, clock::get);
        p.skipped("repo-a");
        p.started("repo-b");
        seconds(30);
        p.finished("repo-b", "5/6");
        p.close();
        assertThat(text.toString().lines()).containsExactly(
                "[1/4 25%, ETA --] unchanged, kept its result: repo-a",
                "[1/4 25%, ETA --] grading repo-b",
                "[2/4 50%, ETA 1m00s] repo-b: 5/6");
    }

    @Test
    void with_two_jobs_the_eta_is_each_grading_s_own_time_times_those_left_halved() {
        Progress p = new Progress.Lines(new PrintWriter(text), 6, 2, clock::get);
        p.started("repo-a");
        p.started("repo-b");
        seconds(20);
        p.finished("repo-a", "6/6");
        p.finished("repo-b", "6/6");
        p.close();
        // each took 20 s, two at a time: the 4 left take 40 s (not 20 s: 10 s per submission over the run, halved again)
        assertThat(text.toString().lines()).last().isEqualTo("[2/6 33%, ETA 40s] repo-b: 6/6");
    }

    @Test
    void a_submission_in_flight_counts_only_with_what_the_mean_grading_time_leaves_of_it() {
        Progress p = new Progress.Lines(new PrintWriter(text), 4, 2, clock::get);
        p.started("repo-a");
        seconds(10);
        p.started("repo-b");
        seconds(10);
        p.finished("repo-a", "6/6");
        // a took 20 s; b has run 10 of its 20, and 2 more wait: (10 + 2 x 20) / 2 jobs = 25 s
        assertThat(text.toString().lines()).last().isEqualTo("[1/4 25%, ETA 25s] repo-a: 6/6");
    }

    @Test
    void the_bar_redraws_one_line_with_the_submissions_being_graded_and_ends_it_when_done() {
        Progress p = new Progress.Bar(new PrintWriter(text), 2, 2, clock::get);
        p.started("repo-a");
        p.started("repo-b");
        seconds(10);
        p.finished("repo-a", "6/6");
        p.finished("repo-b", "6/6");
        p.close();
        String[] frames = text.toString().split("\r");
        assertThat(frames[2]).startsWith("[" + ".".repeat(30) + "] 0/2 0% ETA --  grading repo-a, repo-b");
        assertThat(frames[3]).startsWith("[" + "#".repeat(15) + ".".repeat(15) + "] 1/2 50% ETA 0s  grading repo-b");
        assertThat(frames[4]).startsWith("[" + "#".repeat(30) + "] 2/2 100% done in 10s").endsWith("\n");
        assertThat(text.toString()).doesNotContain("\n\r");
    }
}
