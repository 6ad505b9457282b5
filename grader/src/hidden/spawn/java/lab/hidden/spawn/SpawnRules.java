package lab.hidden.spawn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import lab.hidden.common.PackageReach;
import lab.hidden.common.StudentClassFolders;
import lab.hidden.common.StudentCodeOnly;
import lab.hidden.common.StudentPackage;

/**
 * The Spawner starts its children itself, with ProcessBuilder, and waits for them with a bound. The
 * rules look at an implemented Spawner (one that no longer throws UnsupportedOperationException) and
 * at every class of its package it uses, so an untouched skeleton earns nothing here.
 */
@AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.spawn")
class SpawnRules {

    private static final DescribedPredicate<JavaClass> IMPLEMENTED = DescribedPredicate.describe(
            "are implemented (throw no UnsupportedOperationException any more)",
            javaClass -> javaClass.getConstructorCallsFromSelf().stream()
                    .noneMatch(call -> call.getTargetOwner().isEquivalentTo(UnsupportedOperationException.class)));

    @ArchTest
    static final ArchRule the_spawner_starts_its_children_with_process_builder = classes()
            .that().haveSimpleName("Spawner").and(IMPLEMENTED)
            .should(startChildrenWithProcessBuilderItself())
            .because("spawning is the lesson: Java has no fork, a child JVM is started with ProcessBuilder.start(), "
                    + "and the parent itself drains its output, waits for it and kills it. The kit's ChildJvm.runMain "
                    + "and ChildJvm.call and its process pool do all that for you (ChildJvm.command, which only builds "
                    + "the command line, is fine)");

    @ArchTest
    static final ArchRule the_spawner_never_waits_for_a_child_without_a_timeout = classes()
            .that().haveSimpleName("Spawner").and(IMPLEMENTED)
            .should(neverCallWaitForWithoutATimeout())
            .because("a parent that calls waitFor() with no bound hangs as long as its child does: wait with "
                    + "waitFor(timeout, unit), then kill the child if it is still running");

    private static ArchCondition<JavaClass> startChildrenWithProcessBuilderItself() {
        return new ArchCondition<>("start its children with ProcessBuilder.start(), itself or through the classes of "
                + "its package it uses, and not with the kit's ChildJvm.runMain/call, its ProcessPoolExecutor or "
                + "Runtime.exec") {
            @Override
            public void check(JavaClass spawner, ConditionEvents events) {
                boolean starts = false;
                for (JavaClass javaClass : PackageReach.from(spawner, target -> true)) {
                    for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                        JavaClass owner = call.getTargetOwner();
                        String name = call.getName();
                        if (owner.isEquivalentTo(ProcessBuilder.class)
                                && (name.equals("start") || name.equals("startPipeline"))) {
                            starts = true;
                        }
                        if (owner.getName().equals("lab.kit.process.ChildJvm")
                                && (name.equals("runMain") || name.equals("call"))
                                || owner.isEquivalentTo(Runtime.class) && name.equals("exec")) {
                            events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                    + ": start the child with ProcessBuilder and handle it yourself"));
                        }
                    }
                    for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                        if (dependency.getTargetClass().getName().equals("lab.kit.process.ProcessPoolExecutor")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                    + ": a process pool is not spawning; start each child with ProcessBuilder"));
                        }
                    }
                }
                if (!starts) {
                    events.add(SimpleConditionEvent.violated(spawner, spawner.getName() + " never calls "
                            + "ProcessBuilder.start(), neither itself nor through a class of its package"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> neverCallWaitForWithoutATimeout() {
        return new ArchCondition<>("never call Process.waitFor() without a timeout, itself or through the classes "
                + "of its package it uses") {
            @Override
            public void check(JavaClass spawner, ConditionEvents events) {
                for (JavaClass javaClass : PackageReach.from(spawner, target -> true)) {
                    for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                        if (call.getTargetOwner().isAssignableTo(Process.class) && call.getName().equals("waitFor")
                                && call.getTarget().getRawParameterTypes().isEmpty()) {
                            events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                    + ": use waitFor(timeout, unit)"));
                        }
                    }
                }
            }
        };
    }
}
