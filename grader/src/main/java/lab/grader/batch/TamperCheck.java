package lab.grader.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the files a student must not change with the template: each graded assignment's public
 * tests ({@code <id>/src/test/}), its build ({@code <id>/pom.xml}, {@code <id>/.mvn/}), and the
 * repository's build ({@code pom.xml}, {@code .mvn/}) and workflows ({@code .github/workflows/}) when
 * the template has them. Line endings are ignored (Git on Windows rewrites them). The grader always
 * grades with its own copy of the public tests, so a change costs no points by itself: it is flagged
 * for the instructor to look at.
 */
final class TamperCheck {
    private final Path template;
    private final List<String> assignments;
    private final List<String> templateFiles;

    /** @param template the course's {@code assignments/} folder or an exported student template */
    TamperCheck(Path template, List<String> assignments) throws IOException {
        this.template = template;
        this.assignments = List.copyOf(assignments);
        this.templateFiles = SubmissionFiles.list(template);
    }

    /** Each protected file that differs, as {@code path (changed|missing|added)}; empty when none. */
    List<String> check(Path submission) throws IOException {
        List<String> findings = new ArrayList<>();
        for (String rel : templateFiles) {
            if (!isProtected(rel) || !submittedFolderOf(rel, submission)) {
                continue;
            }
            Path theirs = submission.resolve(rel);
            if (!Files.isRegularFile(theirs)) {
                findings.add(rel + " (missing)");
            } else if (!sameText(template.resolve(rel), theirs)) {
                findings.add(rel + " (changed)");
            }
        }
        if (templateFiles.stream().anyMatch(f -> f.startsWith(".github/workflows/"))) {
            for (String rel : SubmissionFiles.list(submission.resolve(".github/workflows"))) {
                if (!templateFiles.contains(".github/workflows/" + rel)) {
                    findings.add(".github/workflows/" + rel + " (added)");
                }
            }
        }
        return findings;
    }

    private boolean isProtected(String rel) {
        if (rel.equals("pom.xml") || rel.startsWith(".mvn/") || rel.startsWith(".github/workflows/")) {
            return true;
        }
        int slash = rel.indexOf('/');
        if (slash < 0 || !assignments.contains(rel.substring(0, slash))) {
            return false;
        }
        String inside = rel.substring(slash + 1);
        return inside.equals("pom.xml") || inside.startsWith(".mvn/") || inside.startsWith("src/test/");
    }

    /** An assignment's files count only when the student handed that assignment in at all. */
    private static boolean submittedFolderOf(String rel, Path submission) {
        int slash = rel.indexOf('/');
        String top = slash < 0 ? "" : rel.substring(0, slash);
        return top.isEmpty() || top.startsWith(".") || Files.isDirectory(submission.resolve(top));
    }

    private static boolean sameText(Path a, Path b) throws IOException {
        byte[] x = Files.readAllBytes(a);
        byte[] y = Files.readAllBytes(b);
        return Arrays.equals(x, y) || normalized(x).equals(normalized(y));
    }

    private static String normalized(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
