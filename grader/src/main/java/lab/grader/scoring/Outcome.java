package lab.grader.scoring;

/** How one test ended. */
public sealed interface Outcome {
    Status status();

    record Passed() implements Outcome {
        public Status status() {
            return Status.PASSED;
        }
    }

    /** An assertion failed; {@code where} is the first frame of student code, may be null. */
    record Failed(String message, CodeLocation where) implements Outcome {
        public Status status() {
            return Status.FAILED;
        }
    }

    /** The test threw something other than an assertion error, usually from student code. */
    record Threw(String exceptionType, String message, CodeLocation where) implements Outcome {
        public Status status() {
            return Status.ERROR;
        }
    }

    /** The test ran out of time; {@code threads} summarises where the student's threads were. */
    record TimedOut(String reason, String threads) implements Outcome {
        public Status status() {
            return Status.TIMEOUT;
        }
    }

    /** The test JVM ended while the test ran, e.g. because student code called System.exit. */
    record JvmStopped(int exitCode) implements Outcome {
        public Status status() {
            return Status.ERROR;
        }
    }

    /** The test could not run for a reason of the grader's, stated for the student. */
    record DidNotRun(String reason) implements Outcome {
        public Status status() {
            return Status.ERROR;
        }
    }

    /** The assignment did not compile, or its folder is missing. */
    record NotCompiled(String feedback) implements Outcome {
        public Status status() {
            return Status.NOT_COMPILED;
        }
    }
}
