package lab.grader.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A measured run ({@link JvmProcess#run}) counts the CPU of the processes the command starts, not only its own, and reads its children's peak memory. */
class JvmProcessTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** {@code parent}: starts a child JVM running {@code child} and waits for it; {@code child}: holds 128 MiB of touched memory while it burns 400 ms of CPU. */
    public static final class Burner {
        public static void main(String[] args) throws Exception {
            if (args[0].equals("parent")) {
                int exit = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"), Burner.class.getName(), "child")
                        .inheritIO().start().waitFor();
                System.exit(exit);
            }
            byte[] held = new byte[128 << 20];
            Arrays.fill(held, (byte) 1); // touched, so resident
            var threads = ManagementFactory.getThreadMXBean();
            long sum = 0;
            // its own CPU time, not the clock: on a loaded machine it takes longer, but burns the same
            while (threads.getCurrentThreadCpuTime() < 400_000_000L) {
                sum += System.nanoTime() % 7;
            }
            System.out.println(sum > 0 && held[held.length - 1] == 1);
        }
    }

    @TempDir
    Path dir;

    @Test
    void the_cpu_of_a_child_process_is_counted_with_the_parents() throws Exception {
        JvmProcess.Result run = JvmProcess.run(List.of(JAVA, "-cp", System.getProperty("java.class.path"), Burner.class.getName(), "parent"),
                dir, Duration.ofMinutes(2));

        assertThat(run.exitCode()).isZero();
        assertThat(run.cpu().processes()).as("the parent JVM and its child").isEqualTo(2);
        assertThat(run.cpu().total().minus(run.cpu().root()))
                .as("the child's CPU (400 ms of busy loop, less at most one 50 ms sampling interval)")
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(run.cpu().root()).isPositive();
        assertThat(run.peakChildRssKib()).as("the child's peak memory, 128 MiB held").isGreaterThanOrEqualTo(128 * 1024);
        assertThat(run.peakRssKib()).as("the parent's own, which holds nothing").isLessThan(128 * 1024);
    }
}
