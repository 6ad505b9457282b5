package lab.grader.child;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lab.kit.testing.ProcessLeaks;
import lab.kit.testing.ThreadLeaks;

/**
 * What a request's tests left behind in this JVM, so that the grader knows whether the JVM may serve
 * another assignment. A thread the tests started that still runs (a student's non-daemon worker, a
 * busy loop, a pool never shut down), a virtual thread still alive, or a process still alive could
 * disturb the next assignment's tests, so such a JVM is spent. Threads of the JDK's and JUnit's own pools that idle between uses
 * ({@link ThreadLeaks} knows them), and idle carriers of virtual threads, are not leftovers. What a
 * test may have changed for the whole JVM - the standard streams, the system properties, the default
 * locale, time zone and uncaught-exception handler - is put back either way.
 */
final class Leftovers {
    /** How long threads and processes that are ending may take to be gone. */
    private static final Duration GRACE = Duration.ofMillis(300);
    /** The carriers of virtual threads (and idle workers of any fork/join pool): harmless while they wait for work. */
    private static final Pattern FORK_JOIN = Pattern.compile("ForkJoinPool-\\d+-(worker-\\d+|delayScheduler)");
    /** The JDK's threads that serve virtual threads: the I/O pollers, the unblocker. */
    private static final Set<String> VIRTUAL_THREAD_SERVICE = Set.of("VirtualThread-unblocker", "MasterPoller",
            "Read-Poller", "Write-Poller");
    private final ThreadLeaks threads;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final InputStream in = System.in;
    private final java.util.Properties properties = (java.util.Properties) System.getProperties().clone();
    private final java.util.Locale locale = java.util.Locale.getDefault();
    private final java.util.TimeZone timeZone = java.util.TimeZone.getDefault();
    private final Thread.UncaughtExceptionHandler uncaught = Thread.getDefaultUncaughtExceptionHandler();

    private Leftovers(ThreadLeaks threads) {
        this.threads = threads;
    }

    /** Remembers the threads running now (before any test ran) and the standard streams. */
    static Leftovers baseline() {
        return new Leftovers(ThreadLeaks.snapshot().ignoring(Leftovers::idleCarrier)
                .ignoring(thread -> VIRTUAL_THREAD_SERVICE.contains(thread.getName())));
    }

    /** Puts back what the tests may have changed for the whole JVM and says what they left running, or null if nothing. */
    String check() throws InterruptedException {
        System.setOut(out);
        System.setErr(err);
        System.setIn(in);
        System.setProperties((java.util.Properties) properties.clone());
        java.util.Locale.setDefault(locale);
        java.util.TimeZone.setDefault(timeZone);
        Thread.setDefaultUncaughtExceptionHandler(uncaught);
        List<Thread> alive = threads.awaitGone(GRACE);
        List<String> virtual = virtualThreads();
        long processes = processesAfterGrace();
        if (alive.isEmpty() && virtual.isEmpty() && processes == 0) {
            return null;
        }
        StringBuilder why = new StringBuilder();
        if (!alive.isEmpty()) {
            why.append(alive.size()).append(" thread(s) still running: ").append(ThreadLeaks.describe(alive.stream().limit(5).toList()));
        }
        if (!virtual.isEmpty()) {
            why.append(why.isEmpty() ? "" : "; ").append(virtual.size()).append(" virtual thread(s) still running: ")
                    .append(String.join(", ", virtual.stream().limit(5).toList()));
        }
        if (processes > 0) {
            why.append(why.isEmpty() ? "" : "; ").append(processes).append(" process(es) still running");
        }
        return why.toString();
    }

    /**
     * The names of the virtual threads alive now, which {@code Thread.getAllStackTraces} does not list: from a
     * thread dump (a few milliseconds). A dump that fails counts as one leftover - in doubt, a fresh JVM.
     */
    private static List<String> virtualThreads() {
        try {
            Path file = Files.createTempFile("grader-threads-", ".json");
            Files.delete(file); // the dump refuses to overwrite
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                List<String> names = new ArrayList<>();
                for (JsonNode container : new ObjectMapper().readTree(file.toFile()).path("threadDump").path("threadContainers")) {
                    for (JsonNode thread : container.path("threads")) {
                        if (thread.path("virtual").asBoolean(false)) {
                            names.add("\"" + thread.path("name").asText("") + "\" (" + thread.path("state").asText("?") + ")");
                        }
                    }
                }
                return names;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            return List.of("(the thread dump failed: " + e + ")");
        }
    }

    private static boolean idleCarrier(Thread thread) {
        Thread.State state = thread.getState();
        return FORK_JOIN.matcher(thread.getName()).matches()
                && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING);
    }

    private static long processesAfterGrace() throws InterruptedException {
        return ProcessLeaks.awaitGone(ProcessLeaks.descendants().stream().map(ProcessHandle::pid).toList(), GRACE).size();
    }
}
