package lab.spawn;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One started child JVM, the thread that drains its standard output, and its deadline. */
final class RunningChild {
    /** How long to wait for a killed child to end and for the rest of its output. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final int index;
    private final Process process;
    private final long startedAt;
    private final OutputDrain stdout;

    private RunningChild(int index, Process process, long startedAt) {
        this.index = index;
        this.process = process;
        this.startedAt = startedAt;
        // read while the child runs: a pipe holds about 64 KiB, then a child that writes more blocks
        this.stdout = OutputDrain.start(process.getInputStream(), "spawn-child-" + index + "-stdout");
    }

    static RunningChild start(int index, String mainClass, List<String> args) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long startedAt = System.nanoTime();
        process.getOutputStream().close(); // an empty standard input
        return new RunningChild(index, process, startedAt);
    }

    /** Waits until the child ends or its timeout has passed since its start; kills it in the latter case. */
    ChildReport awaitReport(Duration timeout) throws InterruptedException {
        long left = startedAt + timeout.toNanos() - System.nanoTime();
        boolean ended = process.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS);
        if (!ended) {
            killTree();
        }
        stdout.awaitEnd(GRACE);
        return new ChildReport(index, process.pid(), stdout.text(), process.isAlive() ? -1 : process.exitValue(), !ended);
    }

    void killIfAlive() {
        if (process.isAlive()) {
            killTree();
        }
    }

    /** Descendants first: once the child is dead, they are re-parented and cannot be found from it. */
    private void killTree() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "child " + index + " (pid " + process.pid() + ")";
    }
}
