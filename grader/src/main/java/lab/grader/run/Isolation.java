package lab.grader.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What the operating system lets the grader do to fence in a child JVM, found out once per grader
 * process by trying it: its own PID namespace (everything it starts dies with it), its own network
 * namespace with only loopback, resource limits (open files, file size, no core dumps) and, when
 * the grader runs as root, a user id of its own so that a cap on processes and threads applies to
 * that child alone; in the mount namespace that comes with its PID namespace, the folders every user
 * may write to are read-only, so that it writes only in the grading's own folder. Whatever is missing
 * is left out, and {@link #measures()} says so in the report.
 *
 * @param pidNamespace  {@code unshare --pid --fork --kill-child --mount-proc} works
 * @param netNamespace  {@code unshare --net} works and {@code ip link set lo up} brings up loopback
 * @param readOnlyShared in the child's mount namespace, {@link #SHARED_WRITABLE} can be made read-only
 * @param limits        {@code prlimit} works
 * @param ownUser       running as root, {@code setpriv} can drop to a user id of the child's own
 * @param memoryCap     a memory cgroup per child can be made, or null
 * @param why           for each missing measure, why it is missing
 */
public record Isolation(boolean pidNamespace, boolean netNamespace, boolean readOnlyShared, boolean limits, boolean ownUser,
                        MemoryCap memoryCap, List<String> why) {
    /** Processes and threads one child JVM (and everything it starts) may have at once. */
    public static final int MAX_PROCESSES = 1024;
    // cpu-vs-io holds 1000 loopback connections open at once: two descriptors each, plus the JVM's own
    public static final int MAX_OPEN_FILES = 8192;
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** The heap and direct memory of a child JVM: see {@link RunnerSettings#DEFAULT_JVM_OPTIONS}. */
    static final String MEMORY = "512 MB heap and 64 MB direct memory";
    /** The folders any user may write to on a Debian machine: a child's files there would outlive its grading. */
    static final List<String> SHARED_WRITABLE = List.of("/tmp", "/var/tmp", "/run/lock", "/dev/shm");
    /**
     * Run by {@code sh} in the child's mount namespace (private: nothing reaches the grader's), with the folder it
     * may write to as {@code $1}, which it shifts away. That folder is bound onto itself first, so that it stays
     * writable below the read-only binds of the shared folders, even when it lies in one of them.
     */
    private static final String READ_ONLY_SHARED = "mount --make-rprivate / && mount --bind \"$1\" \"$1\" && for d in "
            + String.join(" ", SHARED_WRITABLE) + "; do if [ -d \"$d\" ]; then mount --rbind \"$d\" \"$d\""
            + " && mount -o remount,bind,ro \"$d\" || exit 125; fi; done && shift";
    private static volatile Isolation detected;
    private static final Map<List<Path>, Boolean> READABLE = new ConcurrentHashMap<>();

    public Isolation {
        why = List.copyOf(why);
    }

    /** No isolation beyond the JVM's own caps: what tests of the grader may ask for. */
    public static final Isolation NONE = new Isolation(false, false, false, false, false, null, List.of("switched off"));

    /** What this machine allows, tried once per grader process; LAB_GRADER_ISOLATION=none switches it off. */
    public static Isolation detect() {
        Isolation current = detected;
        if (current == null) {
            synchronized (Isolation.class) {
                if (detected == null) {
                    detected = "none".equals(System.getenv("LAB_GRADER_ISOLATION")) ? NONE : probe();
                }
                current = detected;
            }
        }
        return current;
    }

    private static Isolation probe() {
        List<String> why = new ArrayList<>();
        boolean pid = false;
        boolean net = false;
        if (!isLinux()) {
            why.add("namespaces, limits, a user of its own and a memory cap need Linux");
            return new Isolation(false, false, false, false, false, null, why);
        }
        if (succeeds("unshare", "--pid", "--fork", "--kill-child", "--mount-proc", "--net", "--", "sh", "-c", "ip link set lo up")) {
            pid = net = true;
        } else {
            why.add("no network namespace with loopback (unshare --net and ip link set lo up failed: user namespaces restricted, or no iproute2)");
            pid = succeeds("unshare", "--pid", "--fork", "--kill-child", "--mount-proc", "--", "true");
            if (!pid) {
                why.add("no PID namespace (unshare --pid failed): only the process tree the grader can see is killed at the end");
            }
        }
        boolean readOnly = pid && readOnlySharedWorks();
        if (!readOnly) {
            why.add("no read-only " + String.join(", ", SHARED_WRITABLE) + " in a mount namespace of its own: a child can leave files there");
        }
        boolean limits = succeeds("prlimit", "--nofile=" + MAX_OPEN_FILES, "--fsize=" + MAX_FILE_BYTES, "--core=0", "--", "true");
        if (!limits) {
            why.add("no prlimit: open files, file size and core dumps are not capped");
        }
        boolean root = output("id", "-u").equals("0");
        boolean own = limits && root && succeeds("setpriv", "--reuid=" + UserIds.BASE, "--regid=" + UserIds.BASE, "--clear-groups", "--", "true");
        if (!own) {
            why.add(root ? "no setpriv: processes and threads are not capped"
                    : "the grader does not run as root, so a child cannot get a user id of its own: processes and threads are not capped");
        }
        MemoryCap memory = MemoryCap.probe().orElse(null);
        if (memory == null) {
            why.add("no memory cgroup the grader can write: the test JVM's heap is capped, the processes it starts are not");
        }
        return new Isolation(pid, net, readOnly, limits, own, memory, why);
    }

    /**
     * Whether a child, wrapped as {@link #wrap} wraps it with the shared folders read-only, can write in its folder
     * through the binds, and its writes land in the real folder.
     */
    private static boolean readOnlySharedWorks() {
        try {
            Path folder = Files.createTempDirectory("grader-probe-");
            try {
                Isolation fenced = new Isolation(true, false, true, false, false, null, List.of());
                Path written = folder.resolve("written");
                return succeeds(fenced.wrap(List.of("touch", written.toString()), -1, null, folder).toArray(String[]::new))
                        && Files.exists(written);
            } finally {
                Files.deleteIfExists(folder.resolve("written"));
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a child running as another user can read these files (and the folders above them). */
    boolean readableByOthers(List<Path> files) {
        if (!ownUser) {
            return false;
        }
        return READABLE.computeIfAbsent(List.copyOf(files), f -> {
            List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + UserIds.BASE, "--regid=" + UserIds.BASE,
                    "--clear-groups", "--", "sh", "-c", "for f; do test -r \"$f\" || exit 1; done", "sh"));
            f.forEach(p -> command.add(p.toAbsolutePath().toString()));
            return succeeds(command.toArray(String[]::new));
        });
    }

    /**
     * {@code command} inside the measures in force; {@code uid} is the child's own user id, or -1
     * to keep the grader's; {@code memoryGroup} the child's memory cgroup, or null; {@code writable} the
     * folder it may write in when the shared folders are read-only.
     */
    List<String> wrap(List<String> command, int uid, MemoryCap.Group memoryGroup, Path writable) {
        List<String> wrapped = new ArrayList<>();
        if (memoryGroup != null) {
            // joins the group first, so that everything it then starts is counted against the cap
            wrapped.addAll(List.of("sh", "-c", "echo $$ > \"$0\" && exec \"$@\"", memoryGroup.procs().toString()));
        }
        if (pidNamespace) {
            // --mount-proc brings a mount namespace of its own, where the shared folders are made read-only
            wrapped.addAll(List.of("unshare", "--pid", "--fork", "--kill-child", "--mount-proc"));
            String fence = readOnlyShared ? READ_ONLY_SHARED + " && " : "";
            // sh stays PID 1 of the namespace (no exec): it reaps orphans, which a JVM as PID 1 would leave as zombies
            if (netNamespace) {
                wrapped.addAll(List.of("--net", "--", "sh", "-c", fence + "ip link set lo up && { \"$@\"; exit $?; }", "sh"));
            } else {
                wrapped.addAll(List.of("--", "sh", "-c", fence + "{ \"$@\"; exit $?; }", "sh"));
            }
            if (readOnlyShared) {
                wrapped.add(writable.toAbsolutePath().toString());
            }
        }
        if (limits) {
            wrapped.addAll(List.of("prlimit", "--nofile=" + MAX_OPEN_FILES, "--fsize=" + MAX_FILE_BYTES, "--core=0"));
            if (uid >= 0) {
                wrapped.add("--nproc=" + MAX_PROCESSES);
            }
            wrapped.add("--");
        }
        if (uid >= 0) {
            wrapped.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--"));
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** One line per measure, for the report: what was in force and what was not, and why. */
    public List<String> measures() {
        List<String> lines = new ArrayList<>();
        lines.add("a test JVM per assignment, restarted after a timeout, a crash or a leak; " + MEMORY);
        lines.add("output: the first 64 KiB kept; a test JVM writing more than " + (OutputDrain.FLOOD_BYTES >> 20) + " MB is stopped");
        lines.add("results: sealed with a per-JVM key (HMAC), unsealed lines ignored");
        lines.add("files: a working directory of its own, deleted after grading");
        if (readOnlyShared) {
            lines.add("shared folders: " + String.join(", ", SHARED_WRITABLE) + " read-only (a mount namespace of its own):"
                    + " it writes only in the grading's folder");
        }
        if (pidNamespace) {
            lines.add("processes: a PID namespace of its own; everything in it is killed at the end");
        }
        if (netNamespace) {
            lines.add("network: a network namespace of its own, loopback only");
        }
        if (limits) {
            lines.add("limits: " + MAX_OPEN_FILES + " open files, " + (MAX_FILE_BYTES >> 20) + " MB per file, no core dumps");
        }
        if (ownUser) {
            lines.add("user: a user id of its own, at most " + MAX_PROCESSES + " processes and threads");
        }
        if (memoryCap != null) {
            lines.add("memory: the test JVM and every process it starts at most " + (MemoryCap.LIMIT_BYTES >> 20)
                    + " MB together (a memory cgroup of its own)");
        }
        why.forEach(w -> lines.add("not in force: " + w));
        return lines;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    private static boolean succeeds(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String output(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
