package lab.grader.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lab.grader.child.ChildEvent;
import lab.grader.child.EventSeal;

/**
 * Reads the complete lines a child has appended to its results file since the last call, and keeps
 * only those with a valid seal ({@link EventSeal}). Student code can write to that file too: its
 * lines are ignored and counted, and no amount of writing makes the grader read more than
 * {@link #MAX_LINE_BYTES} per line or {@link #MAX_READ_BYTES} per call.
 */
final class ResultsTail {
    static final int MAX_LINE_BYTES = 256 * 1024;
    static final int MAX_READ_BYTES = 4 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final EventSeal seal;
    private long position;
    private byte[] partial = new byte[0];
    private int rejected;

    ResultsTail(Path file, EventSeal seal) {
        this.file = file;
        this.seal = seal;
    }

    /** Lines that were not sealed by ChildMain: forged, copied, replayed or garbled. */
    int rejected() {
        return rejected;
    }

    List<ChildEvent> poll() throws IOException {
        List<ChildEvent> events = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return events;
        }
        byte[] fresh;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length < position) {
                position = length; // truncated by someone: only what comes next can count
                partial = new byte[0];
            }
            if (length <= position) {
                return events;
            }
            fresh = new byte[(int) Math.min(MAX_READ_BYTES, length - position)];
            in.seek(position);
            in.readFully(fresh);
            position += fresh.length;
        }
        byte[] all = new byte[partial.length + fresh.length];
        System.arraycopy(partial, 0, all, 0, partial.length);
        System.arraycopy(fresh, 0, all, partial.length, fresh.length);
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                accept(new String(all, start, i - start, StandardCharsets.UTF_8).strip(), events);
                start = i + 1;
            }
        }
        partial = all.length - start > MAX_LINE_BYTES ? new byte[0] : Arrays.copyOfRange(all, start, all.length);
        return events;
    }

    private void accept(String line, List<ChildEvent> events) {
        if (line.isEmpty()) {
            return;
        }
        Optional<String> json = seal.open(line);
        if (json.isEmpty()) {
            rejected++;
            return;
        }
        try {
            events.add(JSON.readValue(json.get(), ChildEvent.class));
        } catch (IOException e) {
            rejected++;
        }
    }
}
