package lab.kit.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * Measures what a {@link ProcessPoolExecutor} costs on this machine: the start-up time of a pool
 * (until every worker answered a first task), the round trip of one small task (median and p95),
 * and the throughput of many small tasks submitted at once.
 *
 * <p>Run: {@code java -cp kit/target/classes lab.kit.process.PoolBenchmark [workers] [tasks]}
 * (defaults: the number of cores, 2000).
 */
public final class PoolBenchmark {
    private PoolBenchmark() {
    }

    /**
     * Prints the figures to standard output.
     *
     * @param args optional: the number of workers, the number of small tasks
     */
    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : cores;
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        System.out.printf("cores: %d, workers: %d, small tasks: %d, java %s%n", cores, workers, tasks,
                System.getProperty("java.version"));

        long start = System.nanoTime();
        try (var pool = new ProcessPoolExecutor(workers)) {
            Set<Long> answered = new HashSet<>();
            int rounds = 0;
            while (answered.size() < workers) {
                rounds++;
                List<Future<Long>> pids = new ArrayList<>();
                for (int i = 0; i < workers; i++) {
                    pids.add(pool.submit(() -> ProcessHandle.current().pid()));
                }
                for (Future<Long> pid : pids) {
                    answered.add(pid.get());
                }
            }
            System.out.printf("start-up: %.0f ms until all %d workers answered a first task (%d round(s))%n",
                    millis(System.nanoTime() - start), workers, rounds);

            for (int i = 0; i < 200; i++) {
                pool.submit(() -> 1).get(); // warm-up: class loading and JIT on both sides
            }
            long[] roundTrips = new long[tasks];
            for (int i = 0; i < tasks; i++) {
                long t = System.nanoTime();
                pool.submit(() -> 1).get();
                roundTrips[i] = System.nanoTime() - t;
            }
            Arrays.sort(roundTrips);
            System.out.printf("round trip of one small task, one at a time: median %.3f ms, p95 %.3f ms, max %.3f ms%n",
                    millis(roundTrips[tasks / 2]), millis(roundTrips[(int) (tasks * 0.95)]),
                    millis(roundTrips[tasks - 1]));

            long t = System.nanoTime();
            List<Future<Integer>> all = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int x = i;
                all.add(pool.submit(() -> x));
            }
            for (Future<Integer> f : all) {
                f.get();
            }
            long elapsed = System.nanoTime() - t;
            System.out.printf("%d small tasks submitted at once: %.0f ms, %.0f tasks/s%n", tasks, millis(elapsed),
                    tasks / (elapsed / 1e9));
        }
        System.out.printf("pool closed after %.0f ms in all%n", millis(System.nanoTime() - start));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
