package lab.hidden.spawn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import lab.hidden.common.Seeds;
import lab.kit.testing.ProcessLeaks;
import lab.spawn.ChildReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each report belongs to its own child: its pid, its output, its exit code. One spawn of three
 * children serves the three tests; the children write different random words and exit with
 * different random codes, and the first one started finishes last, so a report filed by
 * completion order or by a shared buffer shows.
 */
@Timeout(value = 22, unit = TimeUnit.SECONDS)
class IdentityTest {
    private static final int N = 3;
    private static Run run;

    private record Run(Seeds seeds, Path dir, List<ChildScript> scripts, Spawning.Outcome outcome) {
    }

    private static synchronized Run run() throws InterruptedException {
        if (run == null) {
            var seeds = Seeds.fresh();
            Path dir = StartFiles.newDirectory();
            var codes = new ArrayList<Integer>();
            while (codes.size() < N) {
                int code = seeds.between(1, 120);
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
            codes.set(seeds.random().nextInt(N), 0);
            var scripts = new ArrayList<ChildScript>();
            for (int i = 0; i < N; i++) {
                scripts.add(ChildScript.of(dir, i, seeds.token()).lines(seeds.between(2, 6))
                        .delayMillis((N - 1 - i) * 200L).exitCode(codes.get(i)));
            }
            try (var spawning = Spawning.start(scripts, Duration.ofSeconds(14))) {
                run = new Run(seeds, dir, List.copyOf(scripts), spawning.await(Duration.ofSeconds(18)));
            }
        }
        return run;
    }

    @AfterAll
    static void no_child_is_left_behind() {
        if (run != null) {
            StartFiles.cleanUp(run.dir());
        }
        ProcessLeaks.killAll();
    }

    @Test
    void each_report_carries_its_own_childs_pid_not_the_parents() throws Exception {
        Run run = run();
        List<ChildReport> reports = run.outcome().reportsOrFail(N, "three children that end on their own");
        long parent = ProcessHandle.current().pid();

        for (int i = 0; i < N; i++) {
            long reported = reports.get(i).pid();
            long actual = StartFiles.pid(run.dir(), i).orElse(-1L);
            assertThat(reported)
                    .withFailMessage("Report %d says pid %d, but child %d is process %d (the child wrote its own "
                                    + "ProcessHandle.current().pid()), and this JVM, the parent, is %d%s: take the pid "
                                    + "from the Process you started (process.pid()), never from ProcessHandle.current() "
                                    + "in the parent. (%s)", i, reported, i, actual, parent,
                            reported == parent ? " - the report carries the parent's pid" : "", run.seeds())
                    .isEqualTo(actual);
        }
    }

    @Test
    void each_report_carries_exactly_its_own_childs_output() throws Exception {
        Run run = run();
        List<ChildReport> reports = run.outcome().reportsOrFail(N, "three children that end on their own");

        for (int i = 0; i < N; i++) {
            ChildReport report = reports.get(i);
            assertThat(report.index())
                    .withFailMessage("Report %d (in the list spawnAll returned) says index %d: report i is child i's, "
                            + "in the order the children were given. (%s)", i, report.index(), run.seeds())
                    .isEqualTo(i);
            String expected = run.scripts().get(i).expectedOutput();
            String actual = report.output();
            assertThat(actual)
                    .withFailMessage("Report %d does not carry exactly what child %d wrote.%s Read each child's own "
                                    + "getInputStream() into a buffer of its own, and keep that buffer with that child's "
                                    + "index. (%s)%nThe report carries:%n%s%nChild %d wrote:%n%s", i, i,
                            foreignTokens(run, i, actual), run.seeds(), actual, i, expected)
                    .isEqualTo(expected);
        }
    }

    @Test
    void each_report_carries_its_own_childs_exit_code() throws Exception {
        Run run = run();
        List<ChildReport> reports = run.outcome().reportsOrFail(N, "three children that end on their own");
        var codes = run.scripts().stream().map(ChildScript::exitCode).toList();

        for (int i = 0; i < N; i++) {
            ChildReport report = reports.get(i);
            assertThat(report.timedOut())
                    .withFailMessage("Report %d says the child timed out, but it ended on its own long before its "
                            + "timeout of 14 s. (%s)", i, run.seeds())
                    .isFalse();
            assertThat(report.exitCode())
                    .withFailMessage("Report %d says exit code %d, but child %d ended with exit code %d (the children "
                                    + "ended with %s): take each child's own exitValue() once it has ended; an exit code "
                                    + "is how a child says it failed, never drop it. (%s)", i, report.exitCode(), i,
                            codes.get(i), codes, run.seeds())
                    .isEqualTo(codes.get(i));
        }
    }

    private static String foreignTokens(Run run, int index, String output) {
        Set<Integer> others = new HashSet<>();
        for (int j = 0; j < N; j++) {
            if (j != index && output.contains(run.scripts().get(j).token())) {
                others.add(j);
            }
        }
        return others.isEmpty() ? "" : " It holds what child(ren) " + others + " wrote: one child's output was "
                + "attributed to another.";
    }
}
