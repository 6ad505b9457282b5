package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lab.grader.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades a tiny class with the packaged grader.jar, as an instructor would: four copies of the
 * threads assignment as students hand it in (the reference, the untouched skeleton, a fixture's
 * mistake, the reference with a public test edited), named through a Classroom grades CSV.
 */
class BatchIT {
    static final Path JAR = Path.of("target", "grader.jar").toAbsolutePath();
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path PUBLIC_TEST = Path.of("threads/src/test/java/lab/threads/CountdownPublicTest.java");

    @TempDir
    Path dir;

    record Run(int exitCode, String out) {}

    static Run grader(Path workDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("batch-it-", ".log");
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(p.waitFor(8, TimeUnit.MINUTES)).as("grader.jar " + String.join(" ", args) + " finished within 8 minutes").isTrue();
            return new Run(p.exitValue(), Files.readString(log));
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** What a student hands in: the folder they were given, with {@code code}'s src/main in place of the skeleton's. */
    static void submission(Path target, Path code) throws IOException {
        copy(ROOT.resolve("assignments/threads"), target.resolve("threads"));
        if (code != null) {
            delete(target.resolve("threads/src/main"));
            copy(code.resolve("src/main"), target.resolve("threads/src/main"));
        }
    }

    @Test
    void a_class_of_four_is_graded_named_flagged_reported_and_not_graded_twice() throws Exception {
        Path subs = dir.resolve("hw-submissions");
        submission(subs.resolve("hw-ann"), ROOT.resolve("reference-solutions/threads"));
        submission(subs.resolve("hw-ben"), null);
        submission(subs.resolve("hw-cat"), ROOT.resolve("reference-solutions/threads"));
        copy(ROOT.resolve("grader/fixtures/threads-run-instead-of-start/threads"), subs.resolve("hw-cat/threads"));
        submission(subs.resolve("hw-dan"), ROOT.resolve("reference-solutions/threads"));
        Files.writeString(subs.resolve("hw-dan").resolve(PUBLIC_TEST), "// nothing to see here\n");
        Path roster = Files.writeString(dir.resolve("grades.csv"), """
                assignment_name,assignment_url,starter_code_url,github_username,roster_identifier,student_repository_name,student_repository_url,submission_timestamp,points_awarded,points_available
                hw,u,s,ann-gh,Ann,hw-ann,https://github.com/org/hw-ann,t,0,13
                hw,u,s,ben-gh,Ben,hw-ben,https://github.com/org/hw-ben,t,0,13
                hw,u,s,cat-gh,Cat,hw-cat,https://github.com/org/hw-cat,t,0,13
                hw,u,s,dan-gh,,hw-dan,https://github.com/org/hw-dan,t,0,13
                """);
        Path out = dir.resolve("report");
        String[] args = {"batch", subs.toString(), "--out", out.toString(), "--assignment", "threads", "--jobs", "2",
                "--roster", roster.toString(), "--progress", "plain"};

        Run first = grader(ROOT, args);
        assertThat(first.exitCode()).as(first.out()).isZero();
        assertThat(first.out()).contains("4 submission(s): 4 graded now").contains("[4/4 100%");

        List<String> lines = Files.readAllLines(out.resolve("grades.csv"));
        assertThat(lines.get(0)).isEqualTo("student,threads,total,max_total,tampered,status,submissions");
        Map<String, String[]> rows = lines.stream().skip(1).map(l -> l.split(",", -1)).collect(Collectors.toMap(r -> r[0], r -> r));
        assertThat(rows).containsOnlyKeys("Ann", "Ben", "Cat", "dan-gh");
        int max = Integer.parseInt(rows.get("Ann")[3]);
        assertThat(rows.get("Ann")[2]).as("the reference scores full marks\n" + first.out()).isEqualTo(String.valueOf(max));
        assertThat(Integer.parseInt(rows.get("Ben")[2])).as("the skeleton scores little").isLessThan(max / 2);
        assertThat(Integer.parseInt(rows.get("Cat")[2])).as("run() instead of start() loses some items").isBetween(1, max - 1);
        assertThat(rows.get("dan-gh")[4]).as("an edited public test is flagged").isEqualTo("yes");
        assertThat(rows.get("dan-gh")[2]).as("the grader used its own public tests").isEqualTo(String.valueOf(max));
        assertThat(rows.values()).allSatisfy(r -> assertThat(r[5]).isEqualTo("graded"));

        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(4)
                .allSatisfy(l -> assertThat(l).contains("\"student\":").contains("\"submission\":\"hw-").contains("\"max_score\":" + max));
        assertThat(out.resolve("feedback/Cat.md")).content().contains("start()");
        assertThat(out.resolve("feedback/dan-gh.md")).content().contains(PUBLIC_TEST.toString().replace('\\', '/') + " (changed)");

        Run again = grader(ROOT, args);
        assertThat(again.exitCode()).as(again.out()).isZero();
        assertThat(again.out()).contains("0 graded now, 4 unchanged since the last run");
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(4);

        if (Files.isExecutable(ReportInBrowserTest.CHROMIUM)) {
            String dom = ReportInBrowserTest.dumpDom(out.resolve("report.html"));
            assertThat(ReportInBrowserTest.all(dom, "<rect class=\"bar\"[^>]*data-count=\"(\\d+)\"")).hasSize(10);
            List<String> hardest = ReportInBrowserTest.all(dom, "<tr class=\"item-row\" data-rate=\"([0-9.]+)\"");
            assertThat(hardest).as("items with their pass rates, hardest first").isNotEmpty();
            assertThat(Double.parseDouble(hardest.get(0))).as("the item that Ben and Cat both miss comes first").isEqualTo(50.0);
            assertThat(dom).contains("data-student=\"Cat\"").contains("data-student=\"dan-gh\"");
        }
    }

    @Test
    void a_submission_over_the_time_limit_is_recorded_as_a_timeout_and_the_rest_is_graded() throws Exception {
        Path subs = dir.resolve("subs");
        submission(subs.resolve("slow"), ROOT.resolve("reference-solutions/threads"));
        Files.createDirectories(subs.resolve("not-a-submission"));
        Path out = dir.resolve("out");
        Run run = grader(dir, "batch", subs.toString(), "--out", out.toString(), "--assignment", "threads",
                "--time-limit", "1", "--progress", "plain");
        assertThat(run.exitCode()).as("graded to the end, but two submissions have no grade: " + run.out())
                .isEqualTo(ExitCode.SOME_NOT_GRADED);
        assertThat(run.out()).contains("slow: timeout").contains("not-a-submission: not_a_submission")
                .contains("2 submission(s) have no grade");
        assertThat(Files.readAllLines(out.resolve("grades.csv")))
                .anySatisfy(l -> assertThat(l).startsWith("not-a-submission,0,0,").endsWith(",no,not_a_submission,not-a-submission"))
                .anySatisfy(l -> assertThat(l).startsWith("slow,0,0,").endsWith(",timeout,slow"));
        assertThat(out.resolve("report.html")).content().as("run outside the course, there is no template").contains("No tamper check");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).filter(p -> !from.relativize(p).startsWith("target")).forEach(p -> {
                try {
                    Path dest = to.resolve(from.relativize(p).toString());
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void delete(Path d) throws IOException {
        try (Stream<Path> files = Files.walk(d)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
