package lab.grader.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code report.html}: one file that needs nothing else (no network): CSS, script and SVG inline,
 * the {@link ReportModel} embedded as JSON that the script draws. Every text from a submission is
 * set as text by the script, never parsed as HTML.
 */
final class HtmlReport {
    static final String FILE = "report.html";
    private static final String DATA_MARKER = "/*REPORT_DATA*/null";

    private HtmlReport() {}

    static String render(ReportModel model) {
        String page = template();
        // JSON never needs '<', '>' or '&' outside strings, so escaping them everywhere keeps "</script>" in feedback harmless
        String data = Json.line(model).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return page.replace("<title>report</title>", "<title>" + escape(model.title()) + "</title>")
                .replace(DATA_MARKER, data);
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
            if (in == null) {
                throw new IllegalStateException("report.html is missing from the grader");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(DATA_MARKER)) {
                throw new IllegalStateException("report.html has no " + DATA_MARKER);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
