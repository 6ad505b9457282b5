package lab.grader.report;

import java.time.Duration;
import lab.grader.scoring.AssignmentResult;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.ItemResult;

/**
 * JUnit XML of the rubric items, for any CI that reads it: a {@code testsuite} per assignment, a
 * {@code testcase} per item ({@code classname} the assignment, {@code name} the item); a failed item
 * is a {@code failure}, an item that errored, timed out or did not compile an {@code error}.
 */
public final class JunitReport {
    private JunitReport() {}

    public static String render(GradeResult result, String problem, Duration took) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int items = result.assignments().stream().mapToInt(a -> a.items().size()).sum();
        xml.append("<testsuites name=\"grader\" tests=\"").append(items).append("\" time=\"").append(seconds(took)).append("\">\n");
        for (AssignmentResult a : result.assignments()) {
            long failures = a.items().stream().filter(i -> i.status() == lab.grader.scoring.Status.FAILED).count();
            long errors = a.items().stream().filter(i -> i.points() < i.maxPoints()).count() - failures;
            xml.append("  <testsuite name=\"").append(escape(a.id())).append("\" tests=\"").append(a.items().size())
                    .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                    .append("\">\n    <properties>\n      <property name=\"score\" value=\"").append(a.score())
                    .append("\"/>\n      <property name=\"max_score\" value=\"").append(a.maxScore()).append("\"/>\n    </properties>\n");
            for (ItemResult i : a.items()) {
                xml.append("    <testcase classname=\"").append(escape(a.id())).append("\" name=\"").append(escape(i.id()))
                        .append("\" time=\"").append(seconds(i.duration())).append("\"");
                switch (i.status()) {
                    case PASSED -> xml.append("/>\n");
                    case FAILED -> xml.append(">\n      ").append(element("failure", i)).append("\n    </testcase>\n");
                    case ERROR, TIMEOUT, NOT_COMPILED -> xml.append(">\n      ").append(element("error", i)).append("\n    </testcase>\n");
                }
            }
            xml.append("  </testsuite>\n");
        }
        if (problem != null) {
            xml.append("  <testsuite name=\"grader\" tests=\"1\" failures=\"0\" errors=\"1\">\n    <testcase classname=\"grader\" name=\"grading\">\n      <error message=\"")
                    .append(escape(firstLine(problem))).append("\">").append(escape(problem)).append("</error>\n    </testcase>\n  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static String element(String name, ItemResult i) {
        return "<" + name + " type=\"" + i.status().reportName() + "\" message=\"" + escape(i.description() + " (0/" + i.maxPoints() + ")")
                + "\">" + escape(i.feedback()) + "</" + name + ">";
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private static String seconds(Duration took) {
        return String.format(java.util.Locale.ROOT, "%.3f", took.toMillis() / 1000.0);
    }

    /** XML-escaped, without characters XML 1.0 forbids (a student's message may hold any). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    out.appendCodePoint(allowed ? c : '?');
                }
            }
        });
        return out.toString();
    }
}
