package lab.grader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradescopeExporterTest {
    @TempDir
    Path dir;

    @Test
    void the_zip_holds_setup_run_autograder_and_the_jar_at_its_root() throws Exception {
        Path jar = Files.writeString(dir.resolve("grader.jar"), "jar bytes");
        Path zip = dir.resolve("autograder.zip");
        GradescopeExporter.export(jar, List.of("threads"), zip);
        Map<String, String> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsOnlyKeys("setup.sh", "run_autograder", "grader.jar");
        assertThat(entries.get("grader.jar")).isEqualTo("jar bytes");
        assertThat(entries.get("setup.sh")).contains("openjdk-21-jdk-headless").contains("adoptium");
        assertThat(entries.get("run_autograder")).startsWith("#!/usr/bin/env bash")
                .contains("--format gradescope --output \"$results\" --assignment threads")
                .contains("\"$java\" " + String.join(" ", lab.grader.cli.GraderJvm.OPTIONS) + " -jar");
    }
}
