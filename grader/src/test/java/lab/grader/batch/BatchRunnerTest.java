package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir
    Path dir;

    StringWriter log = new StringWriter();

    /** A grader that returns what {@code answers} says for a submission's name, and counts its calls. */
    static final class FakeGrading implements Grading {
        final List<String> graded = new CopyOnWriteArrayList<>();
        final Function<String, Result> answers;

        FakeGrading(Function<String, Result> answers) {
            this.answers = answers;
        }

        @Override
        public Result grade(Path submission) throws InterruptedException {
            String name = submission.getFileName().toString();
            graded.add(name);
            return answers.apply(name);
        }
    }

    Path submissions(String... names) throws IOException {
        Path root = dir.resolve("subs");
        for (String n : names) {
            Files.createDirectories(root.resolve(n).resolve("threads/src/main/java/lab/threads"));
            Files.writeString(root.resolve(n).resolve("threads/src/main/java/lab/threads/A.java"), "class A { /* " + n + " */ }");
            Files.createDirectories(root.resolve(n).resolve("threads/src/test/java"));
            Files.writeString(root.resolve(n).resolve("threads/src/test/java/T.java"), "class T {}\n");
            Files.writeString(root.resolve(n).resolve("threads/pom.xml"), "<project/>\n");
        }
        Files.createDirectories(root.resolve(".git"));
        return root;
    }

    Path template() throws IOException {
        Path t = dir.resolve("template");
        Files.createDirectories(t.resolve("threads/src/test/java"));
        Files.writeString(t.resolve("threads/src/test/java/T.java"), "class T {}\n");
        Files.writeString(t.resolve("threads/pom.xml"), "<project/>\n");
        Files.createDirectories(t.resolve("daemon/src/test/java"));
        Files.writeString(t.resolve("daemon/src/test/java/D.java"), "class D {}\n");
        return t;
    }

    BatchRunner.Settings settings(Path subs, Path out, int jobs, Shard shard, Roster roster, boolean retry) throws IOException {
        return new BatchRunner.Settings(subs, out, jobs, shard, roster, List.of("threads"), "rubric v1",
                reason -> Grades.json(), new TamperCheck(template(), List.of("threads")), retry);
    }

    BatchRunner.Summary run(BatchRunner.Settings settings, Grading grading) throws Exception {
        PrintWriter out = new PrintWriter(log, true);
        return new BatchRunner(settings, grading).run(total -> Progress.of(false, out, total, settings.jobs()), out, List.of(), "Test");
    }

    static final Map<String, String[]> PASSED = Map.of("repo-a", new String[] {"a", "b", "c"}, "repo-b", new String[] {"a"},
            "repo-c", new String[] {});

    static Grading.Result byName(String name) {
        return new Grading.Result.Graded(Grades.json(PASSED.getOrDefault(name, new String[] {})));
    }

    @Test
    void every_submission_is_graded_and_every_report_is_written() throws Exception {
        Path subs = submissions("repo-a", "repo-b", "repo-c");
        Path out = dir.resolve("out");
        var summary = run(settings(subs, out, 1, Shard.ALL, Roster.NONE, false), new FakeGrading(BatchRunnerTest::byName));
        assertThat(summary.graded()).isEqualTo(3);
        assertThat(Files.readAllLines(out.resolve("grades.csv"))).containsExactly(
                "student,threads,total,max_total,tampered,status,submissions",
                "repo-a,6,6,6,no,graded,repo-a", "repo-b,1,1,6,no,graded,repo-b", "repo-c,0,0,6,no,graded,repo-c");
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(3);
        assertThat(out.resolve("feedback/repo-b.md")).content().contains("repo-b: 1/6").contains("item b failed: do the thing");
        assertThat(out.resolve("report.html")).content().contains("\"student\":\"repo-a\"");
        assertThat(log.toString()).contains("[3/3 100%").contains("repo-b: 1/6");
    }

    @Test
    void a_second_run_grades_only_the_submissions_whose_content_changed() throws Exception {
        Path subs = submissions("repo-a", "repo-b", "repo-c");
        Path out = dir.resolve("out");
        run(settings(subs, out, 1, Shard.ALL, Roster.NONE, false), new FakeGrading(BatchRunnerTest::byName));
        Files.writeString(subs.resolve("repo-b/threads/src/main/java/lab/threads/A.java"), "class A { /* changed */ }");
        Files.createDirectories(subs.resolve("repo-c/threads/target"));
        Files.writeString(subs.resolve("repo-c/threads/target/Junk.class"), "build output does not count");
        FakeGrading again = new FakeGrading(BatchRunnerTest::byName);
        var summary = run(settings(subs, out, 1, Shard.ALL, Roster.NONE, false), again);
        assertThat(again.graded).containsExactly("repo-b");
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(ResultsLog.read(out.resolve("results.jsonl"), new PrintWriter(log)).latest()).hasSize(3);
        assertThat(Files.readAllLines(out.resolve("grades.csv"))).hasSize(4);
    }

    @Test
    void another_rubric_grades_everything_again() throws Exception {
        Path subs = submissions("repo-a", "repo-b");
        Path out = dir.resolve("out");
        run(settings(subs, out, 1, Shard.ALL, Roster.NONE, false), new FakeGrading(BatchRunnerTest::byName));
        var s = settings(subs, out, 1, Shard.ALL, Roster.NONE, false);
        var changed = new BatchRunner.Settings(s.submissions(), s.out(), 1, s.shard(), s.roster(), s.assignments(), "rubric v2",
                s.unscored(), s.tamperCheck(), false);
        FakeGrading again = new FakeGrading(BatchRunnerTest::byName);
        run(changed, again);
        assertThat(again.graded).containsExactlyInAnyOrder("repo-a", "repo-b");
    }

    @Test
    void a_crash_a_timeout_and_a_rejected_folder_are_recorded_and_the_batch_goes_on() throws Exception {
        Path subs = submissions("repo-a", "repo-b", "repo-c", "repo-d");
        Files.createDirectories(subs.resolve("notes"));
        Path out = dir.resolve("out");
        FakeGrading grading = new FakeGrading(name -> switch (name) {
            case "repo-b" -> new Grading.Result.Crashed(1, "java.lang.OutOfMemoryError");
            case "repo-c" -> new Grading.Result.TimedOut(Duration.ofSeconds(420));
            case "repo-d" -> throw new IllegalStateException("boom");
            case "notes" -> new Grading.Result.Rejected("notes is not a submission");
            default -> byName(name);
        });
        var summary = run(settings(subs, out, 2, Shard.ALL, Roster.NONE, false), grading);
        var latest = ResultsLog.read(out.resolve("results.jsonl"), new PrintWriter(log)).latest();
        assertThat(latest.get("repo-a").status()).isEqualTo(SubmissionRecord.RunStatus.GRADED);
        assertThat(latest.get("repo-b").status()).isEqualTo(SubmissionRecord.RunStatus.CRASHED);
        assertThat(latest.get("repo-b").message()).contains("OutOfMemoryError");
        assertThat(latest.get("repo-c").status()).isEqualTo(SubmissionRecord.RunStatus.TIMEOUT);
        assertThat(latest.get("repo-c").message()).contains("7m00s");
        assertThat(latest.get("repo-d").status()).isEqualTo(SubmissionRecord.RunStatus.CRASHED);
        assertThat(latest.get("notes").status()).isEqualTo(SubmissionRecord.RunStatus.NOT_A_SUBMISSION);
        assertThat(latest.get("repo-c").assignments()).as("every item is present, at 0 points").hasSize(1);
        assertThat(summary.notGraded()).isEqualTo(4);
        assertThat(out.resolve("grades.csv")).content().contains("repo-b,0,0,6,no,crashed,repo-b")
                .contains("repo-c,0,0,6,no,timeout,repo-c");

        FakeGrading resumed = new FakeGrading(BatchRunnerTest::byName);
        run(settings(subs, out, 1, Shard.ALL, Roster.NONE, false), resumed);
        assertThat(resumed.graded).as("unchanged failures are kept without --retry-failed").isEmpty();
        FakeGrading retried = new FakeGrading(BatchRunnerTest::byName);
        run(settings(subs, out, 1, Shard.ALL, Roster.NONE, true), retried);
        assertThat(retried.graded).containsExactlyInAnyOrder("repo-b", "repo-c", "repo-d");
    }

    @Test
    void with_two_jobs_two_submissions_are_graded_at_the_same_time() throws Exception {
        Path subs = submissions("repo-a", "repo-b", "repo-c", "repo-d");
        CyclicBarrier both = new CyclicBarrier(2);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Map<String, Boolean> met = new ConcurrentHashMap<>();
        FakeGrading grading = new FakeGrading(name -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                both.await(5, TimeUnit.SECONDS);
                met.put(name, true);
            } catch (Exception e) {
                met.put(name, false);
            } finally {
                inFlight.decrementAndGet();
            }
            return byName(name);
        });
        run(settings(subs, dir.resolve("out"), 2, Shard.ALL, Roster.NONE, false), grading);
        assertThat(peak.get()).isEqualTo(2);
        assertThat(met).containsOnlyKeys("repo-a", "repo-b", "repo-c", "repo-d").doesNotContainValue(false);
    }

    @Test
    void changed_or_missing_protected_files_are_flagged_but_line_endings_and_unsubmitted_assignments_are_not() throws Exception {
        Path subs = submissions("repo-a", "repo-b", "repo-c");
        Files.writeString(subs.resolve("repo-a/threads/src/test/java/T.java"), "class T { /* always pass */ }\n");
        Files.delete(subs.resolve("repo-b/threads/pom.xml"));
        Files.writeString(subs.resolve("repo-c/threads/src/test/java/T.java"), "class T {}\r\n");
        Path out = dir.resolve("out");
        run(settings(subs, out, 1, Shard.ALL, Roster.NONE, false), new FakeGrading(BatchRunnerTest::byName));
        var latest = ResultsLog.read(out.resolve("results.jsonl"), new PrintWriter(log)).latest();
        assertThat(latest.get("repo-a").tampered()).containsExactly("threads/src/test/java/T.java (changed)");
        assertThat(latest.get("repo-b").tampered()).containsExactly("threads/pom.xml (missing)");
        assertThat(latest.get("repo-c").tampered()).isEmpty();
        assertThat(out.resolve("grades.csv")).content().contains("repo-a,6,6,6,yes,graded").contains("repo-c,0,0,6,no,graded");
        assertThat(out.resolve("feedback/repo-a.md")).content().contains("threads/src/test/java/T.java (changed)");
    }

    @Test
    void the_roster_names_the_students_and_lists_those_without_a_submission() throws Exception {
        Path subs = submissions("hw-alice", "hw-bob", "hw-zed");
        Roster roster = Roster.parse("identifier,github_username\nAlice A,alice\nBob B,bob\nCarol C,carol\n", "roster.csv");
        Path out = dir.resolve("out");
        run(settings(subs, out, 1, Shard.ALL, roster, false), new FakeGrading(BatchRunnerTest::byName));
        assertThat(Files.readAllLines(out.resolve("grades.csv"))).containsExactly(
                "student,threads,total,max_total,tampered,status,submissions",
                "Alice A,0,0,6,no,graded,hw-alice", "Bob B,0,0,6,no,graded,hw-bob", "Carol C,0,0,6,no,no submission,",
                "hw-zed,0,0,6,no,graded,hw-zed");
        assertThat(out.resolve("feedback/Alice_A.md")).exists();
        assertThat(out.resolve("report.html")).content().contains("not on the roster").contains("hw-zed");
    }

    @Test
    void shards_merged_give_the_same_grades_as_one_batch() throws Exception {
        Path subs = submissions("repo-a", "repo-b", "repo-c", "repo-d", "repo-e");
        run(settings(subs, dir.resolve("all"), 1, Shard.ALL, Roster.NONE, false), new FakeGrading(BatchRunnerTest::byName));
        FakeGrading first = new FakeGrading(BatchRunnerTest::byName);
        FakeGrading second = new FakeGrading(BatchRunnerTest::byName);
        run(settings(subs, dir.resolve("s1"), 1, new Shard(1, 2), Roster.NONE, false), first);
        run(settings(subs, dir.resolve("s2"), 1, new Shard(2, 2), Roster.NONE, false), second);
        assertThat(first.graded).containsExactly("repo-a", "repo-c", "repo-e");
        assertThat(second.graded).containsExactly("repo-b", "repo-d");

        StringWriter out = new StringWriter();
        int code = new picocli.CommandLine(new MergeCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
                .execute(dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out", dir.resolve("merged").toString());
        assertThat(code).as(out.toString()).isZero();
        assertThat(dir.resolve("merged/grades.csv")).hasSameTextualContentAs(dir.resolve("all/grades.csv"));
        assertThat(Files.readAllLines(dir.resolve("merged/results.jsonl"))).hasSize(5);
        assertThat(dir.resolve("merged/feedback")).isDirectoryContaining(p -> p.getFileName().toString().equals("repo-d.md"));
    }

    @Test
    void merge_keeps_the_latest_result_of_a_submission_graded_in_two_outputs() {
        var older = Grades.record("repo-a", "alice");
        var newer = new SubmissionRecord("repo-a", "alice", SubmissionRecord.RunStatus.GRADED, null, "h2",
                "2025-01-01T00:00:00.500Z", 1, List.of(), List.of("threads"), 6, 6, Grades.threads("a", "b", "c"));
        assertThat(MergeCommand.merge(List.of(Map.of("repo-a", newer), Map.of("repo-a", older)))).containsExactly(newer);
        assertThat(MergeCommand.merge(List.of(Map.of("repo-a", older), Map.of("repo-a", newer)))).containsExactly(newer);
    }
}
