package lab.grader.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Where an assignment's tests get their test JVM. A shared source keeps the JVMs whose tests left
 * nothing running and hands them to the next assignment: one JVM start and one warm-up of JUnit and
 * ArchUnit serve several assignments. Its JVMs have the classes of every assignment it serves on their
 * class path, so it must serve only assignments whose packages no other assignment uses (the
 * {@link SubmissionGrader} decides). A fresh source starts a new JVM for every request, with one
 * assignment's classes only.
 */
public final class TestJvms implements AutoCloseable {
    private final RunnerSettings settings;
    private final Isolation isolation;
    private final List<Path> studentClasses;
    private final Path workDir;
    private final boolean reuse;
    private final Deque<ChildJvm> idle = new ArrayDeque<>();
    private int started;
    private boolean closed;

    private TestJvms(RunnerSettings settings, Isolation isolation, List<Path> studentClasses, Path workDir, boolean reuse) {
        this.settings = settings;
        this.isolation = isolation;
        this.studentClasses = List.copyOf(studentClasses);
        this.workDir = workDir;
        this.reuse = reuse;
    }

    /**
     * JVMs that serve, one request after the other, the assignments whose classes are in {@code studentClasses}
     * (folders that may still be empty when a JVM starts: it looks for a class when it first needs it).
     *
     * @param workDir the folder of the requests they serve; each JVM gets a folder of its own in {@code workDir/jvms},
     *                and writes nowhere outside {@code workDir} where the isolation allows
     */
    public static TestJvms shared(RunnerSettings settings, Isolation isolation, List<Path> studentClasses, Path workDir) {
        return new TestJvms(settings, isolation, studentClasses, workDir, true);
    }

    /** A fresh JVM for every request, with {@code studentClasses} only; {@code workDir} as for {@link #shared}. */
    public static TestJvms fresh(RunnerSettings settings, Isolation isolation, Path studentClasses, Path workDir) {
        return new TestJvms(settings, isolation, List.of(studentClasses), workDir, false);
    }

    /** Starts {@code count} JVMs now, to be idle and ready when the first requests come (while compiling, say). */
    public void prestart(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            ChildJvm jvm = start();
            synchronized (this) {
                idle.add(jvm);
            }
        }
    }

    /**
     * An idle JVM (it may still be starting) that has not yet run code of {@code studentPackages}, or a new one.
     * A JVM never runs the same student classes twice: a second run of an assignment's tests (a {@code repeat})
     * gets classes that nothing has loaded or initialised yet, as in a JVM of its own.
     */
    ChildJvm take(Collection<String> studentPackages) throws IOException {
        synchronized (this) {
            for (Iterator<ChildJvm> jvms = idle.iterator(); jvms.hasNext(); ) {
                ChildJvm jvm = jvms.next();
                if (!jvm.ran(studentPackages)) {
                    jvms.remove();
                    return jvm;
                }
            }
        }
        return start();
    }

    /** How many JVMs this source has started. */
    synchronized int started() {
        return started;
    }

    private ChildJvm start() throws IOException {
        int n;
        synchronized (this) {
            n = started++;
        }
        return ChildJvm.start(settings, isolation, studentClasses, workDir.resolve("jvms").resolve("jvm-" + n), workDir,
                lab.grader.child.EventSeal.newKey());
    }

    /** Takes back a JVM that finished its request and said it can serve another one. */
    void giveBack(ChildJvm jvm) {
        synchronized (this) {
            if (reuse && !closed) {
                idle.push(jvm);
                return;
            }
        }
        jvm.close();
    }

    /** Ends the idle JVMs. */
    @Override
    public void close() {
        List<ChildJvm> ending;
        synchronized (this) {
            closed = true;
            ending = List.copyOf(idle);
            idle.clear();
        }
        ending.forEach(ChildJvm::close);
    }
}
