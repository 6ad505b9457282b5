package lab.grader.batch;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code results.jsonl}: one {@link SubmissionRecord} a line, appended and flushed to disk as each
 * submission finishes, so an interrupted batch loses nothing it graded. A later line for the same
 * submission supersedes an earlier one.
 */
final class ResultsLog implements AutoCloseable {
    static final String FILE = "results.jsonl";
    private final FileOutputStream out;

    private ResultsLog(FileOutputStream out) {
        this.out = out;
    }

    /** Opens {@code file} for appending; a last line cut off by an interruption is ended first. */
    static ResultsLog append(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean needsNewline = Files.exists(file) && Files.size(file) > 0 && !endsWithNewline(file);
        ResultsLog log = new ResultsLog(new FileOutputStream(file.toFile(), true));
        if (needsNewline) {
            log.write("\n");
        }
        return log;
    }

    synchronized void add(SubmissionRecord record) throws IOException {
        write(Json.line(record) + "\n");
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        out.getFD().sync();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** What {@link #read} found: the latest record of each submission, and the lines it could not read. */
    record Contents(Map<String, SubmissionRecord> latest, List<String> unreadable) {}

    /** Reads {@code file} (missing: empty); lines that are not records are skipped and reported. */
    static Contents read(Path file, PrintWriter warnings) throws IOException {
        Map<String, SubmissionRecord> latest = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Contents(latest, unreadable);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                SubmissionRecord record = Json.record(line);
                if (record.submission() == null) {
                    throw new IOException("no submission name");
                }
                latest.remove(record.submission()); // re-insert: the map keeps the order of the latest lines
                latest.put(record.submission(), record);
            } catch (IOException e) {
                unreadable.add(file + ":" + (i + 1));
                warnings.println(file + ":" + (i + 1) + ": skipped a line that is not a result (cut off by an interruption?)");
            }
        }
        return new Contents(latest, unreadable);
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (var channel = Files.newByteChannel(file)) {
            channel.position(channel.size() - 1);
            var buffer = java.nio.ByteBuffer.allocate(1);
            channel.read(buffer);
            return buffer.get(0) == '\n';
        }
    }
}
