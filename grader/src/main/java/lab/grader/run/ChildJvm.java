package lab.grader.run;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lab.grader.child.ChildMain;
import lab.grader.child.EventSeal;

/** One started test JVM, the drains of its output, and the pipe that brings it requests. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final OutputDrain stdout;
    private final OutputDrain stderr;

    private final boolean pidNamespace;
    private final MemoryCap.Group memoryGroup;

    /** Its own user id, or null where the isolation gives it none. */
    private final UserIds.Lease user;
    private final EventSeal seal;
    private final OutputStream commands;
    private int requests;
    /** The student packages whose code it has been asked to run. */
    private final Set<String> ranPackages = new HashSet<>();

    private ChildJvm(Process process, boolean pidNamespace, MemoryCap.Group memoryGroup, UserIds.Lease user, EventSeal seal) {
        this.process = process;
        this.pidNamespace = pidNamespace;
        this.memoryGroup = memoryGroup;
        this.user = user;
        this.seal = seal;
        this.commands = process.getOutputStream();
        this.stdout = OutputDrain.start(process.getInputStream(), "child-stdout-" + process.pid());
        this.stderr = OutputDrain.start(process.getErrorStream(), "child-stderr-" + process.pid());
    }

    /**
     * Starts a test JVM inside the {@code isolation} in force, in a working dir of its own, with {@code studentClasses}
     * after the grader's class path, and hands it {@code key} (the seal of its results) on stdin. Requests follow
     * on stdin ({@link #send}); it ends when stdin is closed, or is killed.
     *
     * @param home     the JVM's own folder, given to its own user: holds its working dir {@code home/cwd}
     * @param writable the folder (holding {@code home} and the request folders) that the JVM and what it starts
     *                 may write in, where the isolation makes the folders every user may write to read-only
     */
    static ChildJvm start(RunnerSettings settings, Isolation isolation, List<Path> studentClasses, Path home, Path writable,
                          String key) throws IOException {
        Path workingDir = home.resolve("cwd");
        Path tmp = Files.createDirectories(workingDir.resolve("tmp"));
        List<Path> classPath = new ArrayList<>(settings.graderClassPath());
        classPath.addAll(studentClasses);
        List<String> command = new ArrayList<>();
        command.add(settings.javaExecutable().toString());
        command.addAll(settings.jvmOptions());
        // no hsperfdata in /tmp, temporary files in the working dir: nothing is left outside it
        command.addAll(List.of("-XX:-UsePerfData", "-Djava.io.tmpdir=" + tmp));
        command.add("-cp");
        command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(ChildMain.class.getName());
        List<Path> mustRead = new ArrayList<>(settings.graderClassPath());
        mustRead.add(settings.javaExecutable());
        // held until the JVM is closed: while it (or anything it started) runs, no other test JVM has its id
        UserIds.Lease user = isolation.readableByOthers(mustRead) ? UserIds.lease() : null;
        int uid = user == null ? -1 : user.uid();
        MemoryCap.Group memoryGroup = null;
        Process process;
        try {
            if (user != null) {
                chown(home, uid);
            }
            memoryGroup = memoryGroup(isolation);
            ProcessBuilder builder = new ProcessBuilder(isolation.wrap(command, uid, memoryGroup, writable)).directory(workingDir.toFile());
            // student code must not reach the CI's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV) or tokens
            builder.environment().keySet().removeIf(ChildJvm::isWithheld);
            builder.environment().put("HOME", workingDir.toString());
            builder.environment().put("TMPDIR", tmp.toString());
            process = builder.redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException | RuntimeException e) {
            if (memoryGroup != null) {
                memoryGroup.remove();
            }
            if (user != null) {
                user.close();
            }
            throw e;
        }
        ChildJvm child = new ChildJvm(process, isolation.pidNamespace(), memoryGroup, user, EventSeal.of(key));
        child.writeLine(key);
        return child;
    }

    /**
     * Asks the JVM to run the request in {@code request}, whose folder is given to the JVM's own user
     * first. If the JVM has died, nothing happens: the caller sees it exit.
     */
    void send(Path request, Collection<String> studentPackages) throws IOException {
        if (user != null) {
            chown(request.getParent(), user.uid());
        }
        synchronized (this) {
            requests++;
            ranPackages.addAll(studentPackages);
        }
        writeLine(request.toString());
    }

    /** How many requests it has been sent. */
    synchronized int requests() {
        return requests;
    }

    /** Whether it has been asked to run code of any of these student packages: their classes may be loaded and used. */
    synchronized boolean ran(Collection<String> studentPackages) {
        return studentPackages.stream().anyMatch(ranPackages::contains);
    }

    /** The grader's side of the seal of this JVM's results: one sequence over all its requests. */
    EventSeal seal() {
        return seal;
    }

    private void writeLine(String line) {
        try {
            commands.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            commands.flush();
        } catch (IOException e) {
            // the child died: the runner sees it exit
        }
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

    /**
     * Variables a child must not see: GitHub Actions' (files that set outputs, the token), and the JVM
     * options the grader's own environment may carry - the test JVM has its own, and the JVMs a student's
     * code starts would print a "Picked up ..." line into the output the tests compare.
     */
    static boolean isWithheld(String name) {
        return name.startsWith("GITHUB_") || name.startsWith("ACTIONS_") || name.startsWith("RUNNER_")
                || name.equals("INPUT_TOKEN") || name.endsWith("_TOKEN")
                || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS") || name.equals("_JAVA_OPTIONS");
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
        try {
            commands.close();
        } catch (IOException e) {
            // it is being killed anyway
        }
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
        if (user != null) {
            user.close(); // killed with its whole tree: nothing runs as this id any more
        }
    }
}
