package lab.hidden.protocols;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child process of the subprocess tests: writes the lines {@link #stdout} and {@link #stderr}
 * compute from a seed (far more than a pipe buffer holds, in writes that cut lines anywhere), then
 * exits with the code given.
 *
 * <p>Arguments: seed, number of stdout lines, exit code, and {@code open} to leave the last stdout
 * line without its {@code \n}.
 */
public final class ChildOutput {
    private ChildOutput() {
    }

    public static void main(String[] args) {
        long seed = Long.parseLong(args[0]);
        int count = Integer.parseInt(args[1]);
        int exitCode = Integer.parseInt(args[2]);
        boolean open = args.length > 3 && args[3].equals("open");
        var out = new PrintStream(new BufferedOutputStream(System.out, 5_000), false, StandardCharsets.UTF_8);
        var err = new PrintStream(new BufferedOutputStream(System.err, 3_000), false, StandardCharsets.UTF_8);
        List<String> lines = stdout(seed, count);
        List<String> errors = stderr(seed, count);
        for (int i = 0; i < lines.size(); i++) {
            if (open && i == lines.size() - 1) {
                out.print(lines.get(i));
            } else {
                out.print(lines.get(i) + "\n");
            }
            if (i % 100 == 0) {
                err.print(errors.get(i / 100) + "\n");
            }
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Lines of 0 to 3000 characters, some with multi-byte UTF-8 characters. */
    static List<String> stdout(long seed, int count) {
        var random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int length = random.nextInt(10) == 0 ? 0 : random.nextInt(3000);
            var line = new StringBuilder("record ").append(i).append(':');
            for (int c = 0; c < length; c++) {
                line.append(random.nextInt(50) == 0 ? '\u00e9' : (char) ('a' + random.nextInt(26)));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** One stderr line for every 100 stdout lines. */
    static List<String> stderr(long seed, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i += 100) {
            lines.add("warning " + i + " of seed " + seed + " " + "-".repeat((int) (Math.abs(seed + i) % 500)));
        }
        return lines;
    }
}
