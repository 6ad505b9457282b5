package lab.grader.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** The files of a submission that matter: build output and Git's own files left out. */
final class SubmissionFiles {
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", ".idea", ".gradle");

    private SubmissionFiles() {}

    /** Every regular file under {@code root}, as sorted relative paths with '/' separators. */
    static List<String> list(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(root) && SKIPPED_DIRS.contains(d.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(root.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(files);
        return files;
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
