package lab.grader.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lab.grader.child.ChildEvent;

/** Reads the complete lines a child has appended to its results file since the last call. */
final class ResultsTail {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private long position;
    private byte[] partial = new byte[0];

    ResultsTail(Path file) {
        this.file = file;
    }

    List<ChildEvent> poll() throws IOException {
        List<ChildEvent> events = new ArrayList<>();
        if (!Files.exists(file)) {
            return events;
        }
        byte[] fresh;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= position) {
                return events;
            }
            fresh = new byte[(int) (length - position)];
            in.seek(position);
            in.readFully(fresh);
            position = length;
        }
        byte[] all = new byte[partial.length + fresh.length];
        System.arraycopy(partial, 0, all, 0, partial.length);
        System.arraycopy(fresh, 0, all, partial.length, fresh.length);
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                String line = new String(all, start, i - start, StandardCharsets.UTF_8).strip();
                if (!line.isEmpty()) {
                    events.add(JSON.readValue(line, ChildEvent.class));
                }
                start = i + 1;
            }
        }
        partial = java.util.Arrays.copyOfRange(all, start, all.length);
        return events;
    }
}
