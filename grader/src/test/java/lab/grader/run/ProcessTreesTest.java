package lab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessTreesTest {

    @Test
    void a_zombie_has_ended_although_the_jdk_still_calls_it_alive() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc");
        // the shell starts `true`, then becomes `sleep`, which never reaps it: `true` stays a zombie
        Process parent = new ProcessBuilder("sh", "-c", "true & exec sleep 30").start();
        try {
            ProcessHandle zombie = await().atMost(Duration.ofSeconds(10))
                    .until(() -> parent.descendants().findFirst().orElse(null), child -> child != null && !ProcessTrees.running(child));

            assertThat(zombie.isAlive()).as("the JDK counts a zombie as alive").isTrue();
            assertThat(ProcessTrees.running(parent.toHandle())).as("its parent is running").isTrue();
        } finally {
            ProcessTrees.kill(parent.toHandle());
        }
        assertThat(ProcessTrees.running(parent.toHandle())).isFalse();
    }
}
