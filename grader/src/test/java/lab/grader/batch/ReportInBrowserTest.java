package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in headless Chromium (Debian's {@code chromium} package), lets its script run,
 * and reads the DOM it produced. Skipped where Chromium is not installed.
 */
class ReportInBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void the_page_shows_the_histogram_the_hardest_item_first_and_each_student() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed (apt-get install -y chromium)");
        ReportWriter.write(dir, ReportModelTest.RECORDS, List.of(), "Class of 2025", List.of("a note for the instructor"));
        String dom = dumpDom(dir.resolve("report.html"));

        assertThat(dom).as("the script ran").contains("data-rendered=\"true\"");
        List<String> counts = all(dom, "<rect class=\"bar\"[^>]*data-count=\"(\\d+)\"");
        assertThat(counts).as("ten histogram bars with the students per bin").containsExactly("1", "1", "0", "0", "0", "0", "1", "0", "0", "1");
        List<String> items = all(dom, "<tr class=\"item-row\"[^>]*><td>threads</td><td>([a-z]+)</td>");
        assertThat(items).as("items, hardest first").containsExactly("b", "c", "a");
        assertThat(dom).contains("<td>joins the thread</td>").contains("25% (1/4)");
        assertThat(dom).containsPattern("<tr class=\"student-row\" data-student=\"ben\">.*?<td class=\"num\">4/6</td>");
        assertThat(dom).contains("<details class=\"breakdown\" id=\"student-dan\">").contains("item b failed: do the thing");
        assertThat(dom).contains("a note for the instructor").contains("<title>Class of 2025</title>");
    }

    static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String dumpDom(Path page) throws Exception {
        Path out = Files.createTempFile("dom-", ".html");
        Path profile = Files.createTempDirectory("chromium-profile-");
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--dump-dom", page.toUri().toString());
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished within 60 s").isTrue();
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }
}
