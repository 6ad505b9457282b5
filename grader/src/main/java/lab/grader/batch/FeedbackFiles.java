package lab.grader.batch;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code feedback/<student>.md}: each student's score and, per submission and assignment, every
 * item with its points and what to do next. Items the rubric marks {@code hidden} count, but their
 * name and feedback are not shown; {@code after_due_date} items are shown (a batch runs after it).
 */
final class FeedbackFiles {
    static final String DIR = "feedback";

    private FeedbackFiles() {}

    /** File name -> Markdown, one per student who handed something in; names are safe and distinct. */
    static Map<String, String> render(ClassResults results) {
        Map<String, String> files = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (ClassResults.StudentGrade s : results.students()) {
            if (!s.handedIn()) {
                continue;
            }
            String base = fileName(s.student());
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            files.put(name + ".md", markdown(s));
        }
        return files;
    }

    static String fileName(String student) {
        String safe = student.replaceAll("[^A-Za-z0-9._@-]+", "_").replaceAll("^[.]+", "_");
        return safe.isEmpty() ? "_" : safe.length() > 100 ? safe.substring(0, 100) : safe;
    }

    static String markdown(ClassResults.StudentGrade s) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(s.student()).append(": ").append(s.total()).append('/').append(s.maxTotal()).append(" points\n\n");
        if (s.isTampered()) {
            md.append("**Files you were not meant to change differ from the template** (the grader used its own copies):\n\n");
            s.tampered().forEach(t -> md.append("- `").append(t).append("`\n"));
            md.append('\n');
        }
        for (SubmissionRecord r : s.submissions()) {
            md.append("## ").append(r.submission()).append(": ").append(r.score()).append('/').append(r.maxScore()).append("\n\n");
            if (r.status() != SubmissionRecord.RunStatus.GRADED) {
                md.append("**Not graded (").append(r.status().label()).append("):** ").append(oneParagraph(r.message())).append("\n\n");
            }
            for (SubmissionRecord.Assignment a : r.assignments()) {
                md.append("### ").append(a.title()).append(" (").append(a.id()).append("): ")
                        .append(a.score()).append('/').append(a.maxScore()).append("\n\n");
                md.append("| item | points | status | feedback |\n|---|---|---|---|\n");
                for (SubmissionRecord.Item i : a.items()) {
                    boolean hidden = "hidden".equals(i.visibility());
                    md.append("| ").append(hidden ? "(hidden item)" : cell(i.id() + ": " + i.description()))
                            .append(" | ").append(i.points()).append('/').append(i.maxPoints())
                            .append(" | ").append(i.status())
                            .append(" | ").append(hidden ? "" : cell(i.feedback())).append(" |\n");
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.strip().replace("|", "\\|").replaceAll("\\R", "<br>");
    }

    private static String oneParagraph(String text) {
        return text == null ? "" : text.strip().replaceAll("\\R+", " ");
    }

}
