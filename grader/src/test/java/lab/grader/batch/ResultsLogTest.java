package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsLogTest {
    @TempDir
    Path dir;

    @Test
    void a_record_reads_back_equal_and_the_latest_line_of_a_submission_wins() throws Exception {
        Path file = dir.resolve(ResultsLog.FILE);
        try (ResultsLog log = ResultsLog.append(file)) {
            log.add(Grades.record("repo-a", "alice", "a"));
            log.add(Grades.record("repo-b", "bob"));
            log.add(Grades.record("repo-a", "alice", "a", "b"));
        }
        var latest = ResultsLog.read(file, new PrintWriter(new StringWriter())).latest();
        assertThat(latest).containsOnlyKeys("repo-a", "repo-b");
        assertThat(latest.get("repo-a")).isEqualTo(Grades.record("repo-a", "alice", "a", "b"));
        assertThat(Files.readString(file)).contains("\"max_score\":6").contains("\"submission\":\"repo-a\"").contains("\"student\":\"alice\"");
    }

    @Test
    void a_line_cut_off_by_an_interruption_is_skipped_and_the_next_record_starts_on_a_line_of_its_own() throws Exception {
        Path file = dir.resolve(ResultsLog.FILE);
        String good = Json.line(Grades.record("repo-a", "alice", "a")) + "\n";
        Files.writeString(file, good + good.substring(0, 40));
        try (ResultsLog log = ResultsLog.append(file)) {
            log.add(Grades.record("repo-b", "bob"));
        }
        StringWriter warnings = new StringWriter();
        var contents = ResultsLog.read(file, new PrintWriter(warnings));
        assertThat(contents.latest()).containsOnlyKeys("repo-a", "repo-b");
        assertThat(contents.unreadable()).hasSize(1);
        assertThat(warnings.toString()).contains("results.jsonl:2");
    }

    @Test
    void a_missing_file_is_an_empty_log() throws Exception {
        assertThat(ResultsLog.read(dir.resolve("none.jsonl"), new PrintWriter(new StringWriter())).latest()).isEmpty();
    }
}
