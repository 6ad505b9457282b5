package lab.spawn;

/**
 * The child process: the Java form of the lecture's {@code spawn_process(i)}. It runs in a JVM of
 * its own, started by {@link Spawner}, and takes what to do from its arguments (a
 * {@link WorkerScript}, see {@link WorkerScript#toArgs()}).
 */
public final class Worker {

    private Worker() {
    }

    /**
     * Does what the script in {@code args} says, writing to standard output:
     *
     * <ol>
     *   <li>the line {@code This is process: i}, with the script's index;</li>
     *   <li>the line {@code pid: p}, with this process's own pid;</li>
     *   <li>one line {@code record i-k} for each k from 1 to the script's number of records;</li>
     *   <li>then, if the script says so, it hangs: it stays alive until it is killed, having
     *       flushed everything it printed;</li>
     *   <li>otherwise it ends with the script's exit code.</li>
     * </ol>
     *
     * @param args the arguments of a {@link WorkerScript}
     * @throws IllegalArgumentException if the arguments are not a worker script
     */
    public static void main(String[] args) throws InterruptedException {
        throw new UnsupportedOperationException("spawn: not implemented yet");
    }
}
