package lab.grader.cli;

/** Every exit code of the grader, in one place; listed in {@code --help}. */
public final class ExitCode {
    /** Grading completed, whatever the score. */
    public static final int GRADED = 0;
    /** An internal error of the grader. */
    public static final int INTERNAL_ERROR = 1;
    /** Bad input: a missing directory, not a submission, an invalid rubric, a bad option. */
    public static final int BAD_INPUT = 2;


    private ExitCode() {}
}
