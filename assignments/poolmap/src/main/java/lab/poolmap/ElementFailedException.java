package lab.poolmap;

import java.util.Objects;

/**
 * Thrown by {@link PoolMap#map} when the function failed on one of the inputs: the Java form of
 * Python's {@code Executor.map} re-raising a call's exception when the result iterator reaches
 * that element.
 *
 * <p>This class is complete; use it as it is.
 */
public final class ElementFailedException extends RuntimeException {

    private final int index;

    /**
     * @param index the position in the input list of the element whose call failed
     * @param cause exactly the exception the function threw for that element (not a wrapper
     *              such as {@link java.util.concurrent.ExecutionException})
     */
    public ElementFailedException(int index, Throwable cause) {
        super("the function failed on input #" + index + ": " + cause, Objects.requireNonNull(cause, "cause"));
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        this.index = index;
    }

    /** The position in the input list of the element whose call failed. */
    public int index() {
        return index;
    }
}
