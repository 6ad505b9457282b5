package lab.grader.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes grades.csv, feedback/ and report.html of a set of records into a report directory. */
final class ReportWriter {
    private ReportWriter() {}

    static ClassResults write(Path dir, List<SubmissionRecord> records, List<String> rosterStudents, String title,
                              List<String> notes) throws IOException {
        Files.createDirectories(dir);
        ClassResults results = ClassResults.of(records, rosterStudents);
        replace(dir.resolve(GradesCsv.FILE), GradesCsv.render(results));
        Path feedback = dir.resolve(FeedbackFiles.DIR);
        Files.createDirectories(feedback);
        try (Stream<Path> old = Files.list(feedback)) {
            for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                Files.delete(p);
            }
        }
        for (Map.Entry<String, String> file : FeedbackFiles.render(results).entrySet()) {
            Files.writeString(feedback.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        ReportModel model = ReportModel.of(results, title, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), notes);
        replace(dir.resolve(HtmlReport.FILE), HtmlReport.render(model));
        return results;
    }

    /** Writes through a temporary file, so a reader never sees half a report. */
    static void replace(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
