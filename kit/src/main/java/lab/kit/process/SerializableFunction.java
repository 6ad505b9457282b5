package lab.kit.process;

import java.io.Serializable;
import java.util.function.Function;

/**
 * A {@link Function} that can be copied into another JVM, used by
 * {@link ProcessPoolExecutor#map(SerializableFunction, java.util.List)}.
 *
 * @param <T> the argument type; arguments must be serialisable at run time
 * @param <R> the result type; results must be serialisable at run time
 */
@FunctionalInterface
public interface SerializableFunction<T, R> extends Function<T, R>, Serializable {
}
