package lab.hidden.spawn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The files through which a {@link ScriptedChild} tells the test who it is, and the gate's release file. */
final class StartFiles {
    private StartFiles() {
    }

    static Path newDirectory() {
        try {
            return Files.createTempDirectory("spawn-hidden-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pidFile(int index) {
        return "child-" + index + ".pid";
    }

    static String grandchildFile(int index) {
        return "child-" + index + ".grandchild";
    }

    /** @return the pid child {@code index} wrote about itself, if it has started */
    static Optional<Long> pid(Path dir, int index) {
        return read(dir.resolve(pidFile(index)));
    }

    /** @return the pid of the process child {@code index} started, if it has */
    static Optional<Long> grandchildPid(Path dir, int index) {
        return read(dir.resolve(grandchildFile(index)));
    }

    /** @return how many of the children 0..n-1 have started */
    static int started(Path dir, int n) {
        return (int) IntStream.range(0, n).filter(i -> pid(dir, i).isPresent()).count();
    }

    /** @return the pids of the children 0..n-1 that have started and are alive now */
    static List<Long> alive(Path dir, int n) {
        return IntStream.range(0, n).mapToObj(i -> pid(dir, i)).flatMap(Optional::stream)
                .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).toList();
    }

    static void release(Path dir) {
        try {
            Files.writeString(dir.resolve(ScriptedChild.RELEASE), "go");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills every child and grandchild that wrote its pid here, then deletes the directory. */
    static void cleanUp(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".pid") || f.toString().endsWith(".grandchild"))
                    .map(StartFiles::read).flatMap(Optional::stream)
                    .forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        } catch (IOException ignored) {
            // nothing to kill
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private static Optional<Long> read(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException notYet) {
            return Optional.empty();
        }
    }
}
