package lab.kit.process;

import java.time.Duration;
import java.util.List;

/** Kills a process with all its descendants. */
final class ProcessTrees {
    private ProcessTrees() {
    }

    /**
     * Kills the descendants first (once the root is dead they are re-parented and can no longer be
     * found from it), then the root; waits at most {@code bound} for the root to end.
     */
    static void kill(ProcessHandle root, Duration bound) {
        List<ProcessHandle> descendants = root.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
        try {
            root.onExit().get(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception stillAlive) {
            // reported by the caller through isAlive()
        }
    }
}
