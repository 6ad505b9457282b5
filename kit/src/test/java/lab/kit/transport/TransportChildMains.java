package lab.kit.transport;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Main classes the kit's subprocess tests run in child JVMs. */
final class TransportChildMains {
    private TransportChildMains() {
    }

    /** Writes {@code args[0]} numbered lines of 100 bytes to stdout and to stderr, exits with {@code args[1]}. */
    static final class Lines {
        public static void main(String[] args) {
            int lines = Integer.parseInt(args[0]);
            var out = new PrintStream(new BufferedOutputStream(System.out, 10_000), false, StandardCharsets.UTF_8);
            var err = new PrintStream(new BufferedOutputStream(System.err, 7_000), false, StandardCharsets.UTF_8);
            for (int i = 0; i < lines; i++) {
                String line = String.format("%08d", i) + "-".repeat(91);
                out.println(line);
                err.println(line.toUpperCase());
            }
            out.flush();
            err.flush();
            System.exit(Integer.parseInt(args[1]));
        }
    }

    /** Sleeps for a long time. */
    static final class Sleeps {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("sleeping");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
