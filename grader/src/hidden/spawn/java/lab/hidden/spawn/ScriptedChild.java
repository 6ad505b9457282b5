package lab.hidden.spawn;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The child the hidden tests spawn through the student's Spawner. It reports who it is through
 * files (so the test knows its pid even if the Spawner loses it), can wait at a gate until the test
 * releases it, and never lives longer than two minutes, whatever happens to its parent.
 */
public final class ScriptedChild {
    static final String RELEASE = "release";
    private static final long LIFETIME_MILLIS = 120_000;

    private ScriptedChild() {
    }

    public static void main(String[] args) throws Exception {
        ChildScript script = ChildScript.parse(args);
        if (script.grandchild()) {
            Process grandchild = new ProcessBuilder("sleep", Long.toString(LIFETIME_MILLIS / 1000))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            write(script.dir(), StartFiles.grandchildFile(script.index()), grandchild.pid());
        }
        write(script.dir(), StartFiles.pidFile(script.index()), ProcessHandle.current().pid());
        if (script.gate() && !released(script.dir())) {
            System.exit(97);
        }
        if (script.delayMillis() > 0) {
            Thread.sleep(script.delayMillis());
        }
        var out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        out.print(script.expectedOutput());
        out.flush();
        if (script.hang()) {
            Thread.sleep(LIFETIME_MILLIS);
            System.exit(96);
        }
        System.exit(script.exitCode());
    }

    private static boolean released(Path dir) throws InterruptedException {
        long deadline = System.nanoTime() + LIFETIME_MILLIS * 1_000_000L;
        while (System.nanoTime() - deadline < 0) {
            if (Files.exists(dir.resolve(RELEASE))) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    private static void write(Path dir, String name, long pid) throws IOException {
        Path tmp = Files.createTempFile(dir, name, ".tmp");
        Files.writeString(tmp, Long.toString(pid));
        Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
