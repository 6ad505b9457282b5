package lab.grader.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** Grades one submission for the batch; the real one runs {@code grade} in a grader JVM apart from the batch's. */
interface Grading extends AutoCloseable {

    /** How grading one submission ended. */
    sealed interface Result {
        /** The grade, as {@code grade --format json} prints it. */
        record Graded(String json) implements Result {}

        /** The folder is not a submission (the grader's bad-input exit), with the grader's words. */
        record Rejected(String message) implements Result {}

        /** The grader ended without a grade. */
        record Crashed(int exitCode, String message) implements Result {}

        /** Still running after the limit; it was killed. */
        record TimedOut(Duration limit) implements Result {}
    }

    Result grade(Path submission) throws IOException, InterruptedException;

    /** Ends whatever the gradings kept running; nothing by default. */
    @Override
    default void close() {
    }
}
