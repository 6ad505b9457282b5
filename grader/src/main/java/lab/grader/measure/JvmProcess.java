package lab.grader.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to its end and measures it: wall time, on Linux the peak resident memory of the
 * process itself (not of its children: the grader's child JVMs are counted apart), and the CPU time of
 * the process and of every process it starts.
 */
public final class JvmProcess {
    private JvmProcess() {}

    /**
     * @param peakRssKib      the process's peak resident set (VmHWM), in KiB; 0 where /proc cannot tell
     * @param peakChildRssKib the highest peak among its direct children (a batch's grader workers), in KiB
     * @param cpu             what it and its descendants used, as seen by {@link CpuSamples}
     */
    public record Result(int exitCode, String stdout, String stderr, Duration wall, long peakRssKib, long peakChildRssKib,
                         CpuSamples cpu) {
        /** The last lines of stderr, for a message. */
        public String tail() {
            String text = stderr.strip();
            return text.length() <= 2000 ? text : "..." + text.substring(text.length() - 2000);
        }
    }

    public static Result run(List<String> command, Path workingDir, Duration limit) throws IOException, InterruptedException {
        Path out = Files.createTempFile("benchmark-", ".out");
        Path err = Files.createTempFile("benchmark-", ".err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long peak = 0;
        long childPeak = 0;
        CpuSamples cpu = new CpuSamples(process.toHandle());
        try {
            // VmHWM only grows: the last reading before the process ends is its peak, give or take 50 ms
            while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMark(process.pid()));
                childPeak = Math.max(childPeak, process.children().mapToLong(child -> highWaterMark(child.pid())).max().orElse(0));
                cpu.sample();
                if (System.nanoTime() - start > limit.toNanos()) {
                    throw new IOException(String.join(" ", command) + " did not finish within " + limit.toSeconds() + " s");
                }
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), wall, peak, childPeak, cpu);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone already, or not Linux
        }
        return 0;
    }
}
