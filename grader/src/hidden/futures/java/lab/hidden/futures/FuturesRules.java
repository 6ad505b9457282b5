package lab.hidden.futures;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import lab.hidden.common.StudentClassFolders;
import lab.hidden.common.StudentCodeOnly;
import lab.hidden.common.StudentPackage;

@AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.futures")
class FuturesRules {

    @ArchTest
    static final ArchRule the_gatherer_submits_its_fetches_to_an_executor_service = classes()
            .that().haveFullyQualifiedName("lab.futures.PageGatherer")
            .should(reach("call an ExecutorService, itself or through classes of lab.futures",
                    call -> call.getTargetOwner().isAssignableTo(ExecutorService.class),
                    "never calls an ExecutorService: create a pool of `workers` threads and submit one fetch per URL"))
            .because("the lecture submits each load_url call to a ThreadPoolExecutor and keeps the futures: in Java "
                    + "that is an ExecutorService (Executors.newFixedThreadPool(workers)) and its submit");

    @ArchTest
    static final ArchRule the_gatherer_fetches_with_java_net_http = classes()
            .that().haveFullyQualifiedName("lab.futures.PageGatherer")
            .should(reach("call java.net.http.HttpClient, itself or through classes of lab.futures",
                    call -> call.getTargetOwner().isAssignableTo("java.net.http.HttpClient"),
                    "never calls java.net.http.HttpClient: fetch each page with client.send(request, ...)"))
            .because("HttpClient gives each request its own timeout (the lecture's urlopen(url, timeout=...)) and "
                    + "abandons a request whose thread is interrupted, which is what cancelling relies on");

    @ArchTest
    static final ArchRule no_class_starts_a_thread_itself = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe(
                    "start a thread (Thread.start, Thread.Builder.start, Thread.startVirtualThread)", call -> {
                        JavaClass owner = call.getTargetOwner();
                        String name = call.getTarget().getName();
                        return (name.equals("start") && (owner.isAssignableTo(Thread.class)
                                || owner.isAssignableTo(Thread.Builder.class)))
                                || (name.equals("startVirtualThread") && owner.isEquivalentTo(Thread.class));
                    }))
            .because("a pool of `workers` threads bounds how many requests run at once; a thread per URL is no bound, "
                    + "and its work cannot be cancelled through a future");

    @ArchTest
    static final ArchRule no_class_runs_fetches_on_the_common_pool = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe(
                    "use the common ForkJoinPool or a parallel stream", call -> {
                        JavaClass owner = call.getTargetOwner();
                        String name = call.getTarget().getName();
                        int parameters = call.getTarget().getRawParameterTypes().size();
                        return (name.equals("parallelStream") && owner.isAssignableTo(java.util.Collection.class))
                                || (name.equals("parallel") && owner.isAssignableTo(java.util.stream.BaseStream.class))
                                || (name.equals("commonPool") && owner.isEquivalentTo(ForkJoinPool.class))
                                || ((name.equals("supplyAsync") || name.equals("runAsync"))
                                        && owner.isEquivalentTo(CompletableFuture.class) && parameters == 1);
                    }))
            .because("CompletableFuture.supplyAsync without an executor and parallel streams run on the common pool, "
                    + "whose size follows the CPU count, not `workers` (on a 2-core machine: one fetch at a time)");

    private static ArchCondition<JavaClass> reach(String description,
            java.util.function.Predicate<JavaMethodCall> target, String whenMissing) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass start, ConditionEvents events) {
                Set<JavaClass> seen = new HashSet<>();
                Deque<JavaClass> toVisit = new ArrayDeque<>();
                toVisit.add(start);
                while (!toVisit.isEmpty()) {
                    JavaClass current = toVisit.poll();
                    if (!seen.add(current)) {
                        continue;
                    }
                    for (JavaMethodCall call : current.getMethodCallsFromSelf()) {
                        if (target.test(call)) {
                            return;
                        }
                        JavaClass owner = call.getTargetOwner();
                        if (owner.getPackageName().startsWith("lab.futures")) {
                            toVisit.add(owner);
                        }
                    }
                }
                events.add(SimpleConditionEvent.violated(start, start.getName() + " " + whenMissing + " "
                        + start.getSourceCodeLocation()));
            }
        };
    }
}
