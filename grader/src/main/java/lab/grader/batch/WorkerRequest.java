package lab.grader.batch;

import java.util.List;

/**
 * One line on a batch worker's stdin: the arguments of one {@code grade} run, and the file its error
 * output goes to. The worker answers each with one line, {@link #DONE} and the run's exit code.
 */
record WorkerRequest(List<String> arguments, String log) {
    static final String DONE = "lab-batch-worker-done ";

    WorkerRequest {
        arguments = List.copyOf(arguments);
    }
}
