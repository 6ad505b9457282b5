package lab.protocols;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a stream of byte chunks into lines. Bytes are kept until their {@code \n} arrives and only a
 * whole line is decoded, so a line, or a UTF-8 character, split across two chunks comes out whole.
 */
final class Lines {
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** Adds a chunk and returns the lines it completed, without their {@code \n} (and {@code \r}). */
    List<String> feed(byte[] chunk) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chunk.length; i++) {
            if (chunk[i] == '\n') {
                pending.write(chunk, start, i - start);
                lines.add(decode(pending.toByteArray()));
                pending.reset();
                start = i + 1;
            }
        }
        pending.write(chunk, start, chunk.length - start);
        return lines;
    }

    /** What is left after the last {@code \n}, as a line, or {@code null} if nothing is left. */
    String rest() {
        if (pending.size() == 0) {
            return null;
        }
        String rest = decode(pending.toByteArray());
        pending.reset();
        return rest;
    }

    static byte[] encode(String line) {
        return (line + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String decode(byte[] line) {
        int length = line.length;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }
}
