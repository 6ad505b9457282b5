package lab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child writes only in the grading's folder: the folders every user may write to ({@code /tmp}, {@code /var/tmp},
 * {@code /run/lock}, {@code /dev/shm}) are read-only in its mount namespace, where this machine allows one.
 */
class ReadOnlySharedFoldersTest {

    @TempDir
    Path grading;

    private static Isolation isolation() {
        Isolation detected = Isolation.detect();
        assumeTrue(detected.readOnlyShared(), "no mount namespace with read-only shared folders here: " + detected.why());
        return detected;
    }

    @Test
    void a_child_writes_in_the_gradings_folder_and_nowhere_else() throws Exception {
        Isolation isolation = isolation();
        String name = "grader-stray-" + UUID.randomUUID();
        List<Path> strays = new ArrayList<>();
        StringBuilder script = new StringBuilder("echo kept > \"$0/inside\"; ");
        for (String shared : Isolation.SHARED_WRITABLE) {
            if (Files.isDirectory(Path.of(shared))) {
                strays.add(Path.of(shared, name));
                script.append("echo stray > ").append(shared).append('/').append(name).append(" 2>/dev/null && echo wrote ")
                        .append(shared).append("; ");
            }
        }
        try {
            Process child = new ProcessBuilder(isolation.wrap(List.of("sh", "-c", script.toString(), grading.toString()), -1,
                    null, grading)).redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes());
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

            assertThat(output).as("what the child wrote outside the grading's folder").doesNotContain("wrote");
            assertThat(strays).noneMatch(Files::exists);
            assertThat(grading.resolve("inside")).as("its write in the grading's folder, seen from the grader").hasContent("kept");
        } finally {
            for (Path stray : strays) {
                Files.deleteIfExists(stray);
            }
        }
    }

    @Test
    void the_report_says_the_shared_folders_are_read_only() {
        assertThat(isolation().measures()).anySatisfy(line -> assertThat(line)
                .startsWith("shared folders: /tmp, /var/tmp, /run/lock, /dev/shm read-only"));
    }

    @Test
    void nothing_of_it_is_left_mounted_in_the_graders_namespace() throws Exception {
        Isolation isolation = isolation();
        Process child = new ProcessBuilder(isolation.wrap(List.of("true"), -1, null, grading)).start();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(grading.toString());
    }
}
