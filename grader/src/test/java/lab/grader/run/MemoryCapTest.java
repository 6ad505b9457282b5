package lab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The memory cgroup per test JVM, where this machine lets the grader make one (as root on Linux). */
class MemoryCapTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private MemoryCap cap;

    @BeforeEach
    void aWritableMemoryCgroup() {
        cap = MemoryCap.probe().orElse(null);
        assumeTrue(cap != null, "no memory cgroup can be written here");
    }

    private static Process start(List<String> command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void a_wrapped_command_and_what_it_starts_run_inside_the_group_which_is_removed_afterwards() throws Exception {
        MemoryCap.Group group = cap.newGroup();
        Isolation memoryOnly = new Isolation(false, false, false, false, false, cap, List.of());

        Process process = start(memoryOnly.wrap(List.of("sh", "-c", "sh -c 'cat /proc/self/cgroup'"), -1, group, null));
        String cgroups = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(cgroups).as("the grandchild's cgroups").contains(group.dir().getFileName().toString());
        assertThat(group.oomKills()).isZero();
        assertThat(group.remove()).isTrue();
        assertThat(Files.exists(group.dir())).isFalse();
    }

    @Test
    void a_process_tree_over_the_cap_is_killed_by_the_kernel_and_counted() throws Exception {
        MemoryCap.Group group = cap.newGroup(96L << 20);
        Isolation memoryOnly = new Isolation(false, false, false, false, false, cap, List.of());

        // a JVM that touches a 400 MB heap as it starts, started by a shell: a process the test JVM started
        Process process = start(memoryOnly.wrap(List.of("sh", "-c", "\"$0\" -Xms400m -Xmx400m -XX:+AlwaysPreTouch -XX:+UseSerialGC"
                + " -version; echo \"jvm exit $?\"", JAVA), -1, group, null));
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).as(output).contains("jvm exit 137");
        assertThat(group.oomKills()).isPositive();
        assertThat(group.remove()).isTrue();
    }

    @Test
    void the_report_names_the_cap_when_it_is_in_force() {
        Isolation memoryOnly = new Isolation(false, false, false, false, false, cap, List.of());

        assertThat(memoryOnly.measures()).anySatisfy(line -> assertThat(line)
                .startsWith("memory: the test JVM and every process it starts at most 2048 MB together"));
    }
}
