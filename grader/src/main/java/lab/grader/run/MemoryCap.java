package lab.grader.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A memory cap on a test JVM together with every process it starts: a control group (cgroup) of its
 * own below the grader's, with a limit the kernel enforces by killing the largest process in the group.
 * {@code -Xmx} caps only the test JVM's heap; without this, a student's code could start processes
 * (other JVMs, say) that take the machine's memory - and the grader with it.
 *
 * <p>cgroup v1 (a {@code memory} hierarchy) and v2 (a unified hierarchy whose {@code memory} controller
 * is enabled for the grader's group's children) are both handled; where neither can be written, there is
 * no cap and the report says so.
 *
 * @param parent     the grader's own memory cgroup folder, under which each test JVM gets one
 * @param limitFile  {@code memory.limit_in_bytes} (v1) or {@code memory.max} (v2)
 * @param eventsFile where the kernel counts its kills: {@code memory.oom_control} (v1) or {@code memory.events} (v2)
 */
record MemoryCap(Path parent, String limitFile, String eventsFile) {
    /** The test JVM and everything it starts, together. */
    static final long LIMIT_BYTES = 2L << 30;
    private static final Path ROOT = Path.of("/sys/fs/cgroup");
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** The cap this grader process can set, found out by creating and removing a group; empty if none. */
    static Optional<MemoryCap> probe() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
                String[] parts = line.split(":", 3);
                if (parts.length < 3) {
                    continue;
                }
                if (List.of(parts[1].split(",")).contains("memory")) {
                    Optional<MemoryCap> v1 = usable(new MemoryCap(folder(ROOT.resolve("memory"), parts[2]),
                            "memory.limit_in_bytes", "memory.oom_control"));
                    if (v1.isPresent()) {
                        return v1;
                    }
                } else if (parts[0].equals("0") && parts[1].isEmpty()) {
                    Path unified = Files.isRegularFile(ROOT.resolve("cgroup.controllers")) ? ROOT : ROOT.resolve("unified");
                    Optional<MemoryCap> v2 = usable(new MemoryCap(folder(unified, parts[2]), "memory.max", "memory.events"));
                    if (v2.isPresent()) {
                        return v2;
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // not Linux, or no cgroups here
        }
        return Optional.empty();
    }

    private static Path folder(Path hierarchy, String path) {
        return hierarchy.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static Optional<MemoryCap> usable(MemoryCap candidate) {
        if (!Files.isRegularFile(candidate.parent().resolve("cgroup.procs"))) {
            return Optional.empty();
        }
        try {
            Group probe = candidate.newGroup();
            probe.remove();
            return Optional.of(candidate);
        } catch (IOException notWritable) {
            return Optional.empty();
        }
    }

    /** A new, empty group with the limit set; the test JVM's wrapper moves itself into it. */
    Group newGroup() throws IOException {
        return newGroup(LIMIT_BYTES);
    }

    Group newGroup(long limitBytes) throws IOException {
        Path dir = parent.resolve("concurrency-lab-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet());
        Files.createDirectory(dir);
        try {
            Files.writeString(dir.resolve(limitFile), Long.toString(limitBytes));
        } catch (IOException e) {
            Files.deleteIfExists(dir);
            throw e;
        }
        return new Group(dir, eventsFile);
    }

    /** One test JVM's group. */
    record Group(Path dir, String eventsFile) {
        /** What the wrapper writes its own pid to, before it execs the rest: its children then start inside. */
        Path procs() {
            return dir.resolve("cgroup.procs");
        }

        /** How many processes the kernel has killed in this group for going over the cap. */
        long oomKills() {
            try {
                for (String line : Files.readAllLines(dir.resolve(eventsFile))) {
                    if (line.startsWith("oom_kill ")) {
                        return Long.parseLong(line.substring("oom_kill ".length()).strip());
                    }
                }
            } catch (IOException | NumberFormatException unreadable) {
                // gone, or a kernel without the count
            }
            return 0;
        }

        /**
         * Removes the group once its processes are gone (a killed process leaves it a moment after its
         * parent has seen it die); a group still busy after a second is left for the next try.
         */
        boolean remove() {
            long deadline = System.nanoTime() + 1_000_000_000L;
            while (true) {
                try {
                    Files.deleteIfExists(dir);
                    return true;
                } catch (IOException stillBusy) {
                    if (System.nanoTime() > deadline) {
                        return false;
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
        }
    }
}
