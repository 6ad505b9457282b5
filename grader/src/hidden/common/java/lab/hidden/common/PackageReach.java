package lab.hidden.common;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The classes of a student's package that one class reaches, itself included: a rule about "the task" or
 * "the spawner" must also see the nested, anonymous and helper classes its work was moved into.
 */
public final class PackageReach {
    private PackageReach() {}

    /**
     * @param start  where to begin
     * @param follow which classes of the package to step into (the others are reached but not followed)
     * @return {@code start} and every class of its package reachable from it through followed classes
     */
    public static Set<JavaClass> from(JavaClass start, Predicate<JavaClass> follow) {
        Set<JavaClass> seen = new LinkedHashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            JavaClass next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            for (Dependency dependency : next.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().equals(start.getPackageName()) && follow.test(target) && !seen.contains(target)) {
                    todo.add(target);
                }
            }
        }
        return seen;
    }
}
