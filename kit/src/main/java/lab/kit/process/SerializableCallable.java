package lab.kit.process;

import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * A {@link Callable} that can be copied into another JVM.
 *
 * <p>A lambda gets this type when its target type is {@code SerializableCallable}; it is then
 * serialisable as long as everything it captures is serialisable. A process pool copies the task
 * (and what it captured) into a worker process, runs it there, and copies the result back: changes
 * the task makes to captured objects are never seen by the caller.
 *
 * @param <T> the result type; it must be serialisable at run time to travel back to the caller
 */
@FunctionalInterface
public interface SerializableCallable<T> extends Callable<T>, Serializable {
}
