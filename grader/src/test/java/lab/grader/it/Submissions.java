package lab.grader.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.stream.Stream;

/** Builds submissions on disk: copies of the reference solutions or skeletons, with overlays. */
final class Submissions {
    private Submissions() {}

    /** Copies {@code <source>/<id>} for each id into {@code target}, leaving out build output. */
    static Path copy(Path source, Collection<String> ids, Path target) throws IOException {
        for (String id : ids) {
            copyTree(source.resolve(id), target.resolve(id));
        }
        return target;
    }

    /** Copies every file under {@code from} to the same relative path under {@code to}. */
    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !from.relativize(p).toString().startsWith("target"))
                    .forEach(p -> {
                        Path dest = to.resolve(from.relativize(p).toString());
                        try {
                            Files.createDirectories(dest.getParent());
                            Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
