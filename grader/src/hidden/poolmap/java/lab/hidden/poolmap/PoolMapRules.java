package lab.hidden.poolmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.BaseStream;
import lab.hidden.common.StudentClassFolders;
import lab.hidden.common.StudentCodeOnly;
import lab.hidden.common.StudentPackage;

@AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.poolmap")
class PoolMapRules {

    @ArchTest
    static final ArchRule map_hands_its_calls_to_an_executor_service = classes()
            .that().haveFullyQualifiedName("lab.poolmap.PoolMap")
            .should(handWorkToAnExecutor())
            .because("the lecture maps the function over a pool (executor.map on a ThreadPoolExecutor): in Java "
                    + "that is an ExecutorService, e.g. Executors.newFixedThreadPool(workers) with invokeAll");

    @ArchTest
    static final ArchRule no_class_starts_a_thread_itself = noClasses()
            .should().callMethodWhere(startsAThread())
            .because("a pool is a group of pre-instantiated threads that are reused for task after task; "
                    + "starting a thread per input is what the lecture's pool replaces");

    @ArchTest
    static final ArchRule no_class_runs_calls_on_parallel_streams_or_the_common_pool = noClasses()
            .should().callMethodWhere(usesTheCommonPool())
            .because("parallel streams and the common ForkJoinPool ignore `workers`: only a pool of your own "
                    + "bounds how many calls run at once");

    private static ArchCondition<JavaClass> handWorkToAnExecutor() {
        return new ArchCondition<>("call an Executor or ExecutorService, itself or through classes of lab.poolmap") {
            @Override
            public void check(JavaClass poolMap, ConditionEvents events) {
                Set<JavaClass> seen = new HashSet<>();
                Deque<JavaClass> toVisit = new ArrayDeque<>();
                toVisit.add(poolMap);
                while (!toVisit.isEmpty()) {
                    JavaClass current = toVisit.poll();
                    if (!seen.add(current)) {
                        continue;
                    }
                    for (JavaMethodCall call : current.getMethodCallsFromSelf()) {
                        JavaClass owner = call.getTargetOwner();
                        if (owner.isAssignableTo(Executor.class)) {
                            return;
                        }
                        if (owner.getPackageName().startsWith("lab.poolmap")) {
                            toVisit.add(owner);
                        }
                    }
                }
                events.add(SimpleConditionEvent.violated(poolMap, poolMap.getName() + " never calls an "
                        + "ExecutorService " + poolMap.getSourceCodeLocation()
                        + ": create a pool of `workers` threads and hand it the calls"));
            }
        };
    }

    private static DescribedPredicate<JavaMethodCall> startsAThread() {
        return DescribedPredicate.describe("start a thread (Thread.start, Thread.Builder.start, "
                + "Thread.startVirtualThread)", call -> {
                    JavaClass owner = call.getTargetOwner();
                    String name = call.getTarget().getName();
                    return (name.equals("start") && (owner.isAssignableTo(Thread.class)
                            || owner.isAssignableTo(Thread.Builder.class)))
                            || (name.equals("startVirtualThread") && owner.isEquivalentTo(Thread.class));
                });
    }

    private static DescribedPredicate<JavaMethodCall> usesTheCommonPool() {
        return DescribedPredicate.describe("use a parallel stream or the common ForkJoinPool", call -> {
            JavaClass owner = call.getTargetOwner();
            String name = call.getTarget().getName();
            int parameters = call.getTarget().getRawParameterTypes().size();
            return (name.equals("parallelStream") && owner.isAssignableTo(java.util.Collection.class))
                    || (name.equals("parallel") && owner.isAssignableTo(BaseStream.class))
                    || (name.equals("commonPool") && owner.isEquivalentTo(ForkJoinPool.class))
                    || ((name.equals("supplyAsync") || name.equals("runAsync"))
                            && owner.isEquivalentTo(CompletableFuture.class) && parameters == 1);
        });
    }
}
