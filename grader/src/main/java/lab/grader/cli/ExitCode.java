package lab.grader.cli;

/** Every exit code of the grader, in one place; listed in {@code --help}. */
public final class ExitCode {
    /** Grading completed, whatever the score. */
    public static final int GRADED = 0;
    /** An internal error of the grader. */
    public static final int INTERNAL_ERROR = 1;
    /** Bad input: a missing directory, not a submission, an invalid rubric, a bad option. */
    public static final int BAD_INPUT = 2;
    /** {@code audit}: the reference is not stable or not at full marks, or the skeleton scores points. */
    public static final int AUDIT_FAILED = 3;
    /**
     * {@code batch} and {@code merge}: every submission was tried and the files were written, but some have no
     * grade (crashed, timed out, not a submission): a script must not take the class's grades as complete.
     */
    public static final int SOME_NOT_GRADED = 4;

    private ExitCode() {}
}
