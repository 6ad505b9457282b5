package lab.spawn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SpawnerPublicTest {

    @Test
    @Timeout(60)
    void three_workers_each_report_their_own_index() throws Exception {
        var scripts = List.of(WorkerScript.of(0), WorkerScript.of(1), WorkerScript.of(2));

        List<ChildReport> reports = Spawner.spawnWorkers(scripts, Duration.ofSeconds(30));

        assertThat(reports).as("one report per worker").hasSize(3);
        for (int i = 0; i < 3; i++) {
            ChildReport report = reports.get(i);
            assertThat(report.index()).as("report %d is worker %d's", i, i).isEqualTo(i);
            assertThat(report.lines()).as("worker %d's output", i).contains("This is process: " + i);
            assertThat(report.timedOut()).as("worker %d ends on its own", i).isFalse();
            assertThat(report.exitCode()).as("worker %d's exit code", i).isZero();
        }
    }
}
