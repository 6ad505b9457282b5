package lab.grader.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The files of a submission that matter: build output and Git's own files left out. */
final class SubmissionFiles {
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", ".idea", ".gradle");

    private SubmissionFiles() {}

    /** Every regular file under {@code root}, as sorted relative paths with '/' separators. */
    static List<String> list(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> Stream.of(rel.split("/")).noneMatch(SKIPPED_DIRS::contains))
                    .sorted()
                    .toList();
        }
    }

    /**
     * SHA-256 over every file's path and content, and over {@code settings} (rubric, assignments):
     * equal hashes mean grading again would give the same grade.
     */
    static String hash(Path root, String settings) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        digest.update(settings.getBytes(StandardCharsets.UTF_8));
        for (String rel : list(root)) {
            byte[] content = Files.readAllBytes(root.resolve(rel));
            digest.update(("\0" + rel + "\0" + content.length + "\0").getBytes(StandardCharsets.UTF_8));
            digest.update(content);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
