package lab.grader.run;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import lab.grader.child.ChildMain;

/** One started child JVM and the drains of its output. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final OutputDrain stdout;
    private final OutputDrain stderr;

    private final boolean pidNamespace;
    private final MemoryCap.Group memoryGroup;

    private ChildJvm(Process process, boolean pidNamespace, MemoryCap.Group memoryGroup) {
        this.process = process;
        this.pidNamespace = pidNamespace;
        this.memoryGroup = memoryGroup;
        this.stdout = OutputDrain.start(process.getInputStream(), "child-stdout-" + process.pid());
        this.stderr = OutputDrain.start(process.getErrorStream(), "child-stderr-" + process.pid());
    }

    /**
     * Starts a child JVM inside the {@code isolation} in force, in {@code workingDir}, and hands it
     * {@code key} (the seal of its results) on stdin, which is closed after it.
     *
     * @param childDir the child's own folder: holds the request, its results file and {@code workingDir}
     */
    static ChildJvm start(RunnerSettings settings, Isolation isolation, Path studentClasses, Path requestFile,
                          Path childDir, Path workingDir, String key) throws IOException {
        Path tmp = Files.createDirectories(workingDir.resolve("tmp"));
        List<Path> classPath = new ArrayList<>(settings.graderClassPath());
        classPath.add(studentClasses);
        List<String> command = new ArrayList<>();
        command.add(settings.javaExecutable().toString());
        command.addAll(settings.jvmOptions());
        // no hsperfdata in /tmp, temporary files in the working dir: nothing is left outside it
        command.addAll(List.of("-XX:-UsePerfData", "-Djava.io.tmpdir=" + tmp));
        command.add("-cp");
        command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(ChildMain.class.getName());
        command.add(requestFile.toString());
        int uid = -1;
        List<Path> mustRead = new ArrayList<>(settings.graderClassPath());
        mustRead.add(settings.javaExecutable());
        mustRead.add(requestFile);
        if (isolation.readableByOthers(mustRead)) {
            uid = Isolation.nextUid();
            chown(childDir, uid);
        }
        MemoryCap.Group memoryGroup = memoryGroup(isolation);
        ProcessBuilder builder = new ProcessBuilder(isolation.wrap(command, uid, memoryGroup)).directory(workingDir.toFile());
        // student code must not reach the CI's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV) or tokens
        builder.environment().keySet().removeIf(ChildJvm::isCiVariable);
        builder.environment().put("HOME", workingDir.toString());
        builder.environment().put("TMPDIR", tmp.toString());
        Process process;
        try {
            process = builder.redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            if (memoryGroup != null) {
                memoryGroup.remove();
            }
            throw e;
        }
        ChildJvm child = new ChildJvm(process, isolation.pidNamespace(), memoryGroup);
        try (OutputStream in = process.getOutputStream()) {
            in.write((key + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the child died at once: the runner sees it exit
        }
        return child;
    }

    /**
     * The child's memory cgroup, or null. The probe showed groups can be made here; should one fail now
     * (the grader's own group removed, say), the child runs without the cap rather than the grading failing.
     */
    private static MemoryCap.Group memoryGroup(Isolation isolation) {
        if (isolation.memoryCap() == null) {
            return null;
        }
        try {
            return isolation.memoryCap().newGroup();
        } catch (IOException e) {
            System.err.println("grader: a test JVM runs without its memory cap: " + e);
            return null;
        }
    }

    /** Gives the child's folder (and everything in it) to the child's own user. */
    private static void chown(Path dir, int uid) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                Files.setAttribute(p, "unix:uid", uid);
                Files.setAttribute(p, "unix:gid", uid);
            }
        }
    }

    /** Variables of GitHub Actions (files that set outputs, the token) that a child must not see. */
    static boolean isCiVariable(String name) {
        return name.startsWith("GITHUB_") || name.startsWith("ACTIONS_") || name.startsWith("RUNNER_")
                || name.equals("INPUT_TOKEN") || name.endsWith("_TOKEN");
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Whether the child has written more than {@link OutputDrain#FLOOD_BYTES} to stdout or stderr. */
    boolean flooded() {
        return stdout.flooded() || stderr.flooded();
    }

    /**
     * How many processes the child JVM has started that are still running. In a PID namespace the JVM
     * is the child of the namespace's {@code sh}; else the wrappers exec'd into it.
     */
    long leftoverProcesses() {
        if (!pidNamespace) {
            return process.descendants().count();
        }
        // unshare -> sh (PID 1 of the namespace, the reaper) -> the JVM and whatever it started
        ProcessHandle init = process.children().findFirst().orElse(null);
        return init == null ? 0 : Math.max(0, init.descendants().count() - 1);
    }

    /** What the child printed (the first 64 KiB of each stream), for diagnosing the grader. */
    String output() {
        return stdout.text() + stderr.text();
    }

    /** Whether the kernel killed a process of this child's tree for going over the memory cap. */
    boolean memoryCapHit() {
        return memoryGroup != null && memoryGroup.oomKills() > 0;
    }

    void kill() {
        ProcessTrees.kill(process.toHandle());
    }

    @Override
    public void close() {
        kill();
        try {
            stdout.awaitEnd(1000);
            stderr.awaitEnd(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (memoryGroup != null) {
            memoryGroup.remove();
        }
    }
}
