package lab.grader.measure;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of a process and of every process it starts, read every time {@link #sample} is called
 * ({@link ProcessHandle.Info#totalCpuDuration}): the last reading of each process counts. A process that
 * lives less than one sampling interval, and what a process uses after its last reading, are missed, so
 * the sums are a little low (polled every 10 ms, the same readings came to 2-3 % below what a cgroup around a
 * grading counted; {@link JvmProcess} polls every 50 ms, so a little more is missed).
 * <p>
 * Why not the operating system's total for the children: a grading kills its test JVMs, and the CPU of a
 * killed process whose parent is killed with it is never added to anyone's children's total.
 */
public final class CpuSamples {
    private final ProcessHandle root;
    private final Map<Long, Duration> byPid = new HashMap<>();

    CpuSamples(ProcessHandle root) {
        this.root = root;
    }

    /** Reads the CPU time of the root and its descendants now. */
    void sample() {
        record(root);
        root.descendants().forEach(this::record);
    }

    private void record(ProcessHandle process) {
        process.info().totalCpuDuration().ifPresent(cpu -> byPid.merge(process.pid(), cpu, (a, b) -> a.compareTo(b) >= 0 ? a : b));
    }

    /** All the processes together. */
    public Duration total() {
        return byPid.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** The root process alone (for a grading: the grader JVM). */
    public Duration root() {
        return byPid.getOrDefault(root.pid(), Duration.ZERO);
    }

    /** How many processes were seen, the root included. */
    public int processes() {
        return byPid.size();
    }
}
