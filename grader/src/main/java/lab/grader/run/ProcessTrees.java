package lab.grader.run;

import java.util.List;

/** Ends a process and everything it started: a student's grandchildren must not outlive grading. */
final class ProcessTrees {
    private ProcessTrees() {}

    static void kill(ProcessHandle root) {
        // collect descendants first: once the root dies they are re-parented and lost to us
        List<ProcessHandle> descendants = root.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
        for (ProcessHandle p : descendants) {
            p.onExit().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> p).join();
        }
        root.onExit().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> root).join();
    }
}
