package lab.spawn;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * Spawns child JVMs and gathers what each one reports: the Java form of the lecture's
 * {@code multiprocessing.Process(...)}, {@code start()} and {@code join()} - done right, with every
 * child started before any is waited for.
 */
public final class Spawner {

    private Spawner() {
    }

    /**
     * Starts one child JVM per entry of {@code argsPerChild}, each running {@code mainClass} with
     * those program arguments, and returns one report per child, in the order of the list.
     *
     * <ul>
     *   <li><b>Child JVMs:</b> each child is a new process started with {@link ProcessBuilder}: the
     *       same {@code java} as this JVM, on this JVM's class path. Its standard input is empty,
     *       its standard error goes to this JVM's standard error.</li>
     *   <li><b>Concurrency:</b> every child is started before any is waited for, so the children
     *       run at the same time.</li>
     *   <li><b>Reports:</b> report {@code i} belongs to child {@code i}: its index, its own pid,
     *       everything it wrote to standard output (however much that is; a child never blocks
     *       because nobody reads its output), and its exit code.</li>
     *   <li><b>Timeout:</b> a child still running {@code timeout} after it was started is killed,
     *       together with every process it started, and reported with {@code timedOut = true}.
     *       Waiting never takes much longer than {@code timeout}.</li>
     *   <li><b>Failures:</b> a child that fails (non-zero exit code, killed at its timeout) is
     *       reported like the others; it costs no other child its report.</li>
     *   <li><b>Clean-up:</b> when this method returns or throws, none of the children is still
     *       running.</li>
     * </ul>
     *
     * @param mainClass the fully qualified name of the class whose {@code main} each child runs
     * @param argsPerChild the program arguments of each child; one child per entry
     * @param timeout how long each child may run, positive
     * @return one report per child, report {@code i} for child {@code i}
     * @throws IllegalArgumentException if {@code timeout} is not positive
     * @throws UncheckedIOException if a child could not be started (those already started are killed)
     * @throws InterruptedException if this thread was interrupted while waiting (the children are
     *     killed first)
     */
    public static List<ChildReport> spawnAll(String mainClass, List<List<String>> argsPerChild, Duration timeout)
            throws InterruptedException {
        throw new UnsupportedOperationException("spawn: not implemented yet");
    }

    /**
     * Spawns one {@link Worker} per script: {@code spawnAll} with {@code Worker}'s class name and
     * each script's {@link WorkerScript#toArgs() arguments}. The lecture's example is
     * {@code spawnWorkers(List.of(WorkerScript.of(0), WorkerScript.of(1), WorkerScript.of(2)), timeout)}.
     *
     * @return one report per script, in the order of the list
     * @throws InterruptedException if this thread was interrupted while waiting
     * @see #spawnAll(String, List, Duration)
     */
    public static List<ChildReport> spawnWorkers(List<WorkerScript> scripts, Duration timeout)
            throws InterruptedException {
        throw new UnsupportedOperationException("spawn: not implemented yet");
    }
}
