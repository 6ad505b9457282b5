package lab.grader.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Grades every submission folder of a directory (this shard's share of them), {@code jobs} at a
 * time, appending each result to results.jsonl as it comes; a submission whose content hash is in
 * results.jsonl already is not graded again. Then writes the reports from results.jsonl.
 */
final class BatchRunner {

    /**
     * How the batch is set up.
     *
     * @param assignments the graded assignment ids, in rubric order
     * @param settings    what else decides a grade (rubric, grader build): part of each content hash
     * @param unscored    the grade JSON with every item at 0 and this reason: for a submission without a grade
     * @param tamperCheck null when there is no template to compare with
     */
    record Settings(Path submissions, Path out, int jobs, Shard shard, Roster roster, List<String> assignments,
                    String settings, Function<String, String> unscored, TamperCheck tamperCheck, boolean retryFailed) {}

    /** What a run did. */
    record Summary(int selected, int graded, int skipped, int notGraded, ClassResults results) {}

    private final Settings settings;
    private final Grading grading;

    BatchRunner(Settings settings, Grading grading) {
        this.settings = settings;
        this.grading = grading;
    }

    /** The submission folders under {@code dir}, sorted by name: hidden folders and {@code exclude} left out. */
    static List<String> submissions(Path dir, Path exclude) throws IOException {
        Path excluded = exclude.toAbsolutePath().normalize();
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.toAbsolutePath().normalize().equals(excluded))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    Summary run(IntFunction<Progress> progressFor, PrintWriter warnings, List<String> notes, String title)
            throws IOException, InterruptedException {
        List<String> mine = settings.shard().select(submissions(settings.submissions(), settings.out()));
        Path log = settings.out().resolve(ResultsLog.FILE);
        Map<String, SubmissionRecord> before = ResultsLog.read(log, warnings).latest();
        Progress progress = progressFor.apply(mine.size());
        AtomicInteger graded = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.jobs()));
        try (ResultsLog results = ResultsLog.append(log)) {
            List<Future<?>> work = new ArrayList<>();
            for (String name : mine) {
                work.add(pool.submit(() -> {
                    one(name, before.get(name), results, progress, graded, skipped);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    warnings.println("internal error of the batch: " + e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        List<SubmissionRecord> records = new ArrayList<>();
        Map<String, SubmissionRecord> after = ResultsLog.read(log, warnings).latest();
        for (String name : mine) {
            if (after.containsKey(name)) {
                records.add(after.get(name).withStudent(settings.roster().studentFor(name).orElse(name)));
            }
        }
        List<String> allNotes = new ArrayList<>(notes);
        List<String> offRoster = settings.roster() == Roster.NONE ? List.of()
                : mine.stream().filter(n -> settings.roster().studentFor(n).isEmpty()).toList();
        if (!offRoster.isEmpty()) {
            allNotes.add(offRoster.size() + " folder(s) not on the roster, listed under their folder name: " + String.join(", ", offRoster));
        }
        ClassResults classResults = ReportWriter.write(settings.out(), records, settings.roster().students(), title, allNotes);
        int notGraded = (int) records.stream().filter(r -> r.status() != SubmissionRecord.RunStatus.GRADED).count();
        return new Summary(mine.size(), graded.get(), skipped.get(), notGraded, classResults);
    }

    private void one(String name, SubmissionRecord previous, ResultsLog results, Progress progress,
                     AtomicInteger graded, AtomicInteger skipped) throws IOException, InterruptedException {
        Path dir = settings.submissions().resolve(name);
        String hash = SubmissionFiles.hash(dir, settings.settings());
        if (previous != null && hash.equals(previous.contentHash())
                && !(settings.retryFailed() && (previous.status() == SubmissionRecord.RunStatus.CRASHED
                        || previous.status() == SubmissionRecord.RunStatus.TIMEOUT))) {
            skipped.incrementAndGet();
            progress.skipped(name);
            return;
        }
        progress.started(name);
        long start = System.nanoTime();
        SubmissionRecord record;
        try {
            Grading.Result result = present(dir).isEmpty()
                    ? new Grading.Result.Rejected(name + " is not a submission: it has none of the folders "
                            + String.join(", ", settings.assignments().stream().map(id -> id + "/src/main/java").toList()))
                    : grading.grade(dir);
            record = record(name, dir, hash, result, start);
        } catch (IOException | RuntimeException e) {
            record = record(name, dir, hash, new Grading.Result.Crashed(-1, "the batch could not run the grader: " + e), start);
        }
        results.add(record);
        graded.incrementAndGet();
        progress.finished(name, record.status() == SubmissionRecord.RunStatus.GRADED
                ? record.score() + "/" + record.maxScore() + (record.isTampered() ? ", tampered" : "")
                : record.status().label() + ": " + firstLine(record.message()));
    }

    private SubmissionRecord record(String name, Path dir, String hash, Grading.Result result, long start) throws IOException {
        String student = settings.roster().studentFor(name).orElse(name);
        List<String> present = present(dir);
        List<String> tampered = settings.tamperCheck() == null ? null : settings.tamperCheck().check(dir);
        SubmissionRecord.RunStatus status;
        String message;
        String json;
        switch (result) {
            case Grading.Result.Graded g -> {
                status = SubmissionRecord.RunStatus.GRADED;
                message = null;
                json = g.json();
            }
            case Grading.Result.Rejected r -> {
                status = SubmissionRecord.RunStatus.NOT_A_SUBMISSION;
                message = r.message();
                json = settings.unscored().apply(message);
            }
            case Grading.Result.Crashed c -> {
                status = SubmissionRecord.RunStatus.CRASHED;
                message = "the grader crashed (exit code " + c.exitCode() + "): " + c.message();
                json = settings.unscored().apply("not graded: the grader crashed on this submission; your instructor will look at it");
            }
            case Grading.Result.TimedOut t -> {
                status = SubmissionRecord.RunStatus.TIMEOUT;
                message = "grading did not finish within " + Progress.format(t.limit()) + " and was stopped";
                json = settings.unscored().apply("not graded: grading took longer than " + Progress.format(t.limit()));
            }
        }
        GradeJson grade = Json.MAPPER.readValue(json, GradeJson.class);
        return new SubmissionRecord(name, student, status, message, hash,
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), (System.nanoTime() - start) / 1_000_000,
                tampered, present, grade.score(), grade.maxScore(), grade.assignments());
    }

    /** The graded assignments whose folder {@code dir} has. */
    private List<String> present(Path dir) {
        return settings.assignments().stream().filter(id -> Files.isDirectory(dir.resolve(id).resolve("src/main/java"))).toList();
    }

    /** The part of {@code grade --format json} a record takes over. */
    record GradeJson(int score, int maxScore, List<SubmissionRecord.Assignment> assignments) {}

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 100 ? line.substring(0, 97) + "..." : line;
    }
}
