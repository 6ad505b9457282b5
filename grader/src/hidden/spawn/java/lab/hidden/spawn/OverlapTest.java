package lab.hidden.spawn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.hidden.common.Seeds;
import lab.kit.testing.ProcessLeaks;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lecture's spawn example calls {@code p.start()} and {@code p.join()} inside the loop, so its
 * processes run one after another. Proved by count, not by a clock: every child waits at a gate
 * until the test opens it, and the test opens it only once all children are alive at the same time.
 * Started one after another, the second child never starts while the first waits.
 */
@Timeout(value = 22, unit = TimeUnit.SECONDS)
class OverlapTest {
    private static final Duration ALL_STARTED_BOUND = Duration.ofSeconds(14);

    private Path dir;
    private Spawning spawning;

    @AfterEach
    void no_child_is_left_behind() {
        if (dir != null) {
            StartFiles.release(dir);
        }
        if (spawning != null) {
            spawning.close();
        }
        StartFiles.cleanUp(dir);
        ProcessLeaks.killAll();
    }

    @Test
    void every_child_is_started_before_any_is_waited_for() throws Exception {
        var seeds = Seeds.fresh();
        int n = seeds.between(3, 4);
        dir = StartFiles.newDirectory();
        var scripts = new ArrayList<ChildScript>();
        for (int i = 0; i < n; i++) {
            scripts.add(ChildScript.of(dir, i, seeds.token()).gated());
        }

        spawning = Spawning.start(scripts, Duration.ofSeconds(20));
        try {
            await().atMost(ALL_STARTED_BOUND).pollInterval(Duration.ofMillis(20))
                    .until(() -> StartFiles.started(dir, n) == n || spawning.isDone());
        } catch (ConditionTimeoutException notAllStarted) {
            // reported below, with the count
        }
        int started = StartFiles.started(dir, n);
        List<Long> alive = StartFiles.alive(dir, n);
        if (spawning.isDone() && started < n) {
            spawning.await(Duration.ZERO).reportsOrFail(n, n + " children that wait until all of them run");
        }

        assertThat(started)
                .withFailMessage("Only %d of %d children had started %d s after spawnAll was called, although every "
                                + "child that had started was still running and waiting for its siblings: the children "
                                + "ran one after another, as in the lecture's example that calls p.start() and p.join() "
                                + "inside the same loop. Start every child first (ProcessBuilder.start() in one loop), "
                                + "then wait for them (waitFor in a second loop). (%s)",
                        started, n, ALL_STARTED_BOUND.toSeconds(), seeds)
                .isEqualTo(n);
        assertThat(alive)
                .withFailMessage("All %d children had started, but only %d of them were alive at the same moment "
                                + "(pids %s), although none had been allowed to finish: do not kill or wait for a "
                                + "child before all have started. (%s)", n, alive.size(), alive, seeds)
                .hasSize(n);

        StartFiles.release(dir);
        spawning.await(Duration.ofSeconds(5)).reportsOrFail(n, n + " children released together");
    }
}
