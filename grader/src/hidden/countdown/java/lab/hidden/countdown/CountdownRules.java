package lab.hidden.countdown;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ThreadFactory;
import lab.hidden.common.PackageReach;
import lab.hidden.common.StudentClassFolders;
import lab.hidden.common.StudentCodeOnly;
import lab.hidden.common.StudentPackage;

/**
 * CountdownTask is neutral to the means of concurrency: neither it nor the helper classes of the
 * student's package that it uses depend on threads, executors or processes. The rules look only at
 * an implemented task (one that no longer throws UnsupportedOperationException), so an untouched
 * skeleton earns nothing here: ArchUnit then reports that no class was checked.
 */
@AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.countdown")
class CountdownRules {

    private static final String BECAUSE = "the lecture's CountdownTask only works \"if the CountdownTask class has been "
            + "written in a manner that is neutral to the actual means of concurrency (threads, processes, etc.)\": "
            + "the runner (a thread, an executor, a child process) chooses how it runs, the task only counts down. "
            + "Wait with TimeUnit.sleep, not Thread.sleep";

    private static final DescribedPredicate<JavaClass> IMPLEMENTED = DescribedPredicate.describe(
            "are implemented (throw no UnsupportedOperationException any more)",
            javaClass -> javaClass.getConstructorCallsFromSelf().stream()
                    .noneMatch(call -> call.getTargetOwner().isEquivalentTo(UnsupportedOperationException.class)));

    private static final DescribedPredicate<JavaClass> THREADS = DescribedPredicate.describe(
            "java.lang.Thread (its subclasses, such as CountdownThread, and its nested types such as "
                    + "Thread.Builder), a ThreadFactory or a ThreadGroup",
            target -> target.isAssignableTo(Thread.class)
                    || target.getName().startsWith(Thread.class.getName() + "$")
                    || target.isAssignableTo(ThreadFactory.class)
                    || target.isAssignableTo(ThreadGroup.class));

    private static final DescribedPredicate<JavaClass> EXECUTORS_AND_PROCESSES = DescribedPredicate.describe(
            "an executor (Executor, ExecutorService, Executors, ForkJoinPool, CompletableFuture), the kit's process "
                    + "pool and child JVMs, or a Process",
            target -> target.isAssignableTo(Executor.class)
                    || target.isEquivalentTo(Executors.class)
                    || target.isAssignableTo(CompletableFuture.class)
                    || target.isAssignableTo(ForkJoinTask.class)
                    || target.getPackageName().equals("lab.kit.process")
                    || target.isAssignableTo(Process.class)
                    || target.isAssignableTo(ProcessBuilder.class));

    @ArchTest
    static final ArchRule the_countdown_task_does_not_depend_on_thread = classes()
            .that().haveSimpleName("CountdownTask").and(IMPLEMENTED)
            .should(dependOnNothingThat(THREADS))
            .because(BECAUSE);

    @ArchTest
    static final ArchRule the_countdown_task_does_not_depend_on_an_executor_or_a_process = classes()
            .that().haveSimpleName("CountdownTask").and(IMPLEMENTED)
            .should(dependOnNothingThat(EXECUTORS_AND_PROCESSES))
            .because(BECAUSE);

    /**
     * Looks at the task and at every class of the student's package it reaches (nested, anonymous
     * and helper classes), so a Thread.sleep moved into a helper is still seen.
     */
    private static ArchCondition<JavaClass> dependOnNothingThat(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("depend, itself or through the classes of its package it uses, on nothing that is "
                + forbidden.getDescription()) {
            @Override
            public void check(JavaClass task, ConditionEvents events) {
                for (JavaClass javaClass : PackageReach.from(task, target -> !target.isAssignableTo(Thread.class))) {
                    for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (!isReachedOnlyAsThePackage(target, task) && forbidden.test(target)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                    + ": the task must not depend on " + target.getSimpleName()));
                        }
                    }
                }
            }
        };
    }

    /** A class of the task's own package is followed, not reported, unless it is itself a thread or executor. */
    private static boolean isReachedOnlyAsThePackage(JavaClass target, JavaClass task) {
        return target.getPackageName().equals(task.getPackageName())
                && !target.isAssignableTo(Thread.class)
                && !target.isAssignableTo(Executor.class);
    }
}
