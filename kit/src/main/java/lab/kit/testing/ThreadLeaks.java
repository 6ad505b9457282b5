package lab.kit.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds threads that were started after a snapshot and are still alive: a pool that was not shut
 * down, a thread that was never joined.
 *
 * <pre>{@code
 * var leaks = ThreadLeaks.snapshot();
 * student.map(fn, inputs, 4);
 * leaks.assertNoneAfter(Duration.ofSeconds(5));   // or: leaks.awaitGone(bound) and inspect
 * }</pre>
 *
 * <p>Only platform threads are seen (the JVM does not list virtual threads). Threads the JVM or the
 * test libraries start on their own are ignored: the process reaper, the common cleaner, the
 * attach listener, the common fork-join pool's workers, JUnit's timeout threads and Awaitility's
 * condition threads - known by their names, as long as they run only the JDK's or those libraries'
 * code (a thread that merely takes such a name is still seen); add more with {@link #ignoring(Predicate)}.
 */
public final class ThreadLeaks {
    private static final List<String> INFRASTRUCTURE_PREFIXES = List.of(
            "process reaper", "Common-Cleaner", "Attach Listener", "ForkJoinPool.commonPool-worker",
            "junit-jupiter-timeout-watcher", "junit-timeout-thread", "awaitility", "InnocuousThread",
            "Signal Dispatcher", "Reference Handler", "Finalizer", "Notification Thread", "surefire-forkedjvm");
    /** The code those threads run: a thread with one of their names and a frame of other code is somebody else's. */
    private static final List<String> INFRASTRUCTURE_CODE = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.junit.", "org.opentest4j.", "org.awaitility.",
            "org.apache.maven.surefire.");

    private final Set<Thread> before;
    private final Predicate<Thread> ignored;

    private ThreadLeaks(Set<Thread> before, Predicate<Thread> ignored) {
        this.before = before;
        this.ignored = ignored;
    }

    /** @return a snapshot of the threads alive now */
    public static ThreadLeaks snapshot() {
        Set<Thread> alive = Collections.newSetFromMap(new IdentityHashMap<>());
        alive.addAll(Thread.getAllStackTraces().keySet());
        return new ThreadLeaks(alive, ThreadLeaks::isInfrastructure);
    }

    /** @return this snapshot, also ignoring the threads {@code alsoIgnored} accepts */
    public ThreadLeaks ignoring(Predicate<Thread> alsoIgnored) {
        return new ThreadLeaks(before, ignored.or(alsoIgnored));
    }

    /** @return the threads started since the snapshot that are alive now and not ignored */
    public List<Thread> newThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && !ignored.test(t))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    /**
     * Waits up to {@code bound} for the threads started since the snapshot to end.
     *
     * @return those still alive at the end of the wait (empty: no leak)
     */
    public List<Thread> awaitGone(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        List<Thread> alive = newThreads();
        while (!alive.isEmpty() && System.nanoTime() - deadline < 0) {
            Thread.sleep(10);
            alive = newThreads();
        }
        return alive;
    }

    /**
     * Waits up to {@code bound} and throws if threads started since the snapshot are still alive.
     *
     * @throws AssertionError naming each leaked thread with its state and where it is
     */
    public void assertNoneAfter(Duration bound) throws InterruptedException {
        List<Thread> leaked = awaitGone(bound);
        if (!leaked.isEmpty()) {
            throw new AssertionError(leaked.size() + " thread(s) started during the test were still alive "
                    + bound.toMillis() + " ms later: " + describe(leaked)
                    + ". Shut down every executor you create (try-with-resources or shutdown()) and join"
                    + " the threads you start.");
        }
    }

    /** @return one line per thread: name, state, daemon flag and its top stack frame */
    public static String describe(List<Thread> threads) {
        return threads.stream().map(ThreadLeaks::describe).collect(Collectors.joining("; "));
    }

    private static String describe(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        String where = Arrays.stream(stack)
                .filter(frame -> !frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("jdk."))
                .findFirst().or(() -> Arrays.stream(stack).findFirst())
                .map(frame -> " at " + frame).orElse("");
        return "\"" + thread.getName() + "\" (" + thread.getState() + (thread.isDaemon() ? ", daemon" : "") + where + ")";
    }

    private static boolean isInfrastructure(Thread thread) {
        String name = thread.getName();
        return INFRASTRUCTURE_PREFIXES.stream().anyMatch(name::startsWith)
                && Arrays.stream(thread.getStackTrace()).allMatch(ThreadLeaks::isInfrastructureCode);
    }

    private static boolean isInfrastructureCode(StackTraceElement frame) {
        String className = frame.getClassName();
        return INFRASTRUCTURE_CODE.stream().anyMatch(className::startsWith);
    }
}
