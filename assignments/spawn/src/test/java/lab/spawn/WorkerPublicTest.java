package lab.spawn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import lab.kit.process.ChildJvm;
import lab.kit.process.ChildResult;
import org.junit.jupiter.api.Test;

class WorkerPublicTest {

    @Test
    void the_worker_introduces_itself_like_the_lectures_spawn_process() throws Exception {
        ChildResult result = ChildJvm.runMain(Worker.class.getName(), WorkerScript.of(2).toArgs(), Duration.ofSeconds(30));

        List<String> lines = result.stdout().lines().toList();
        assertThat(result.timedOut()).as("the worker must end on its own; its standard error: %s", result.stderr())
                .isFalse();
        assertThat(lines).as("the worker's output").hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines.get(0)).as("the first line, as the lecture's spawn_process(2) prints it")
                .isEqualTo("This is process: 2");
        assertThat(lines.get(1)).as("the second line names the worker's pid").matches("pid: \\d+");
        assertThat(result.exitCode()).as("the exit code of WorkerScript.of(2)").isZero();
    }
}
