package lab.grader.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps submission folders to students. Three kinds of CSV are understood, by their header:
 * <ul>
 * <li>GitHub Classroom's grades export ({@code github_username}, {@code roster_identifier},
 *     {@code student_repository_name}, {@code student_repository_url}, ...): the repository's name
 *     is the folder; the student is the roster identifier, or the GitHub username when that is empty;</li>
 * <li>GitHub Classroom's roster ({@code identifier}, {@code github_username}, ...): a folder
 *     named after the username, or ending with {@code -<username>} as {@code gh classroom clone}
 *     names them, belongs to that student (the identifier, else the username);</li>
 * <li>any CSV with a folder column ({@code repository}, {@code repo}, {@code folder} or
 *     {@code submission}) and a {@code student} column.</li>
 * </ul>
 */
final class Roster {
    static final Roster NONE = new Roster(Map.of(), Map.of());

    /** Exact folder (lower case) -> student. */
    private final Map<String, String> byFolder;
    /** GitHub username (lower case) -> student, matched as a folder suffix. */
    private final Map<String, String> byUsername;

    private Roster(Map<String, String> byFolder, Map<String, String> byUsername) {
        this.byFolder = byFolder;
        this.byUsername = byUsername;
    }

    /**
     * The roster a {@code --roster} option names: {@link #NONE} without one, empty after telling {@code err}
     * why it cannot be used.
     */
    static Optional<Roster> fromOption(Path csv, PrintWriter err) {
        if (csv == null) {
            return Optional.of(NONE);
        }
        try {
            return Optional.of(load(csv));
        } catch (IllegalArgumentException | IOException e) {
            err.println("cannot use the roster: " + e.getMessage());
            return Optional.empty();
        }
    }

    static Roster load(Path csv) throws IOException {
        return parse(Files.readString(csv, StandardCharsets.UTF_8), csv.getFileName().toString());
    }

    /** @throws IllegalArgumentException with a message for the instructor when the columns are not understood */
    static Roster parse(String text, String name) {
        List<List<String>> rows = Csv.parse(text);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty: a roster needs a header row");
        }
        List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        List<List<String>> data = rows.subList(1, rows.size());
        Map<String, String> byFolder = new LinkedHashMap<>();
        Map<String, String> byUsername = new LinkedHashMap<>();
        int repoName = header.indexOf("student_repository_name");
        int repoUrl = header.indexOf("student_repository_url");
        int username = header.indexOf("github_username");
        if (repoName >= 0 || repoUrl >= 0) {
            int identifier = header.indexOf("roster_identifier");
            for (List<String> row : data) {
                String repo = cell(row, repoName);
                if (repo.isEmpty()) {
                    repo = lastSegment(cell(row, repoUrl));
                }
                String student = firstNonEmpty(cell(row, identifier), cell(row, username));
                if (!repo.isEmpty() && !student.isEmpty()) {
                    byFolder.put(repo.toLowerCase(Locale.ROOT), student);
                }
            }
        } else if (username >= 0) {
            int identifier = header.indexOf("identifier");
            for (List<String> row : data) {
                String user = cell(row, username);
                String student = firstNonEmpty(cell(row, identifier), user);
                if (!user.isEmpty()) {
                    byUsername.put(user.toLowerCase(Locale.ROOT), student);
                }
            }
        } else {
            int folder = firstIndex(header, "repository", "repo", "folder", "submission");
            int student = firstIndex(header, "student", "student_id");
            if (folder < 0 || student < 0) {
                throw new IllegalArgumentException(name + " has columns " + header + ": a roster needs GitHub Classroom's"
                        + " student_repository_name (or student_repository_url) and roster_identifier/github_username,"
                        + " or identifier and github_username, or a repository (or folder) column and a student column");
            }
            for (List<String> row : data) {
                if (!cell(row, folder).isEmpty() && !cell(row, student).isEmpty()) {
                    byFolder.put(lastSegment(cell(row, folder)).toLowerCase(Locale.ROOT), cell(row, student));
                }
            }
        }
        return new Roster(byFolder, byUsername);
    }

    /** The student who handed in {@code folder}, if the roster knows them. */
    Optional<String> studentFor(String folder) {
        String key = folder.toLowerCase(Locale.ROOT);
        if (byFolder.containsKey(key)) {
            return Optional.of(byFolder.get(key));
        }
        // the longest username wins: "hw1-jim-bob" is jim-bob's, not bob's
        return byUsername.entrySet().stream()
                .filter(e -> key.equals(e.getKey()) || key.endsWith("-" + e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** Every student the roster names, in its order, each once. */
    List<String> students() {
        Set<String> all = new LinkedHashSet<>(byFolder.values());
        all.addAll(byUsername.values());
        return new ArrayList<>(all);
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index).trim() : "";
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static int firstIndex(List<String> header, String... names) {
        for (String n : names) {
            if (header.contains(n)) {
                return header.indexOf(n);
            }
        }
        return -1;
    }

    private static String lastSegment(String urlOrName) {
        String s = urlOrName.endsWith("/") ? urlOrName.substring(0, urlOrName.length() - 1) : urlOrName;
        s = s.endsWith(".git") ? s.substring(0, s.length() - 4) : s;
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
