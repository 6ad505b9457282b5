package lab.grader.scoring;

import java.util.Locale;

/** How an item or a test ended; later constants are worse. */
public enum Status {
    PASSED, FAILED, ERROR, TIMEOUT, NOT_COMPILED;

    /** The spelling in reports: {@code passed}, {@code not_compiled}, ... */
    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The worse of the two. */
    public Status worst(Status other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
