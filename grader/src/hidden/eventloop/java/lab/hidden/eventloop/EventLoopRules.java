package lab.hidden.eventloop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import lab.hidden.common.StudentClassFolders;
import lab.hidden.common.StudentCodeOnly;
import lab.hidden.common.StudentPackage;

/**
 * The loop is the thread that runs it, nothing more: no executor, no thread of its own. The rules
 * look only at classes that are implemented (that no longer throw UnsupportedOperationException),
 * so an untouched skeleton earns nothing here: ArchUnit then reports that no class was checked.
 */
@AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.eventloop")
class EventLoopRules {

    private static final String BECAUSE = "an event loop is single-threaded concurrency: every callback runs on the"
            + " one thread that called runForever(), which sleeps while idle; other threads only hand work over"
            + " with callSoonThreadsafe";

    private static final DescribedPredicate<JavaClass> IMPLEMENTED = DescribedPredicate.describe(
            "are implemented (throw no UnsupportedOperationException any more)",
            javaClass -> javaClass.getConstructorCallsFromSelf().stream()
                    .noneMatch(call -> call.getTargetOwner().isEquivalentTo(UnsupportedOperationException.class)));

    private static final DescribedPredicate<JavaClass> EXECUTORS = DescribedPredicate.describe(
            "are executors (Executor, ExecutorService, Executors, ForkJoinPool, Timer)",
            javaClass -> javaClass.isAssignableTo(Executor.class)
                    || javaClass.isEquivalentTo(Executors.class)
                    || javaClass.isAssignableTo(java.util.Timer.class)
                    || javaClass.isAssignableTo(java.util.TimerTask.class));

    private static final DescribedPredicate<JavaMethodCall> ASYNC_COMPLETION = DescribedPredicate.describe(
            "the target runs work on a pool (CompletableFuture.*Async)",
            call -> call.getTargetOwner().isAssignableTo(CompletableFuture.class) && call.getName().endsWith("Async"));

    private static final Set<String> THREAD_STARTERS = Set.of("start", "startVirtualThread", "ofPlatform", "ofVirtual");

    private static final DescribedPredicate<JavaMethodCall> THREAD_START = DescribedPredicate.describe(
            "the target starts a thread (Thread.start, Thread.startVirtualThread, Thread.ofPlatform, Thread.ofVirtual,"
                    + " a Thread.Builder, a ThreadFactory)",
            call -> {
                JavaClass owner = call.getTargetOwner();
                if (owner.isAssignableTo(Thread.class)) {
                    return THREAD_STARTERS.contains(call.getName());
                }
                return owner.getName().startsWith(Thread.Builder.class.getName())
                        || owner.isAssignableTo(ThreadFactory.class);
            });

    @ArchTest
    static final ArchRule the_loop_uses_no_executor = noClasses()
            .that(IMPLEMENTED)
            .should().dependOnClassesThat(EXECUTORS)
            .orShould().callMethodWhere(ASYNC_COMPLETION)
            .because(BECAUSE);

    @ArchTest
    static final ArchRule the_loop_starts_no_thread = noClasses()
            .that(IMPLEMENTED)
            .should().callMethodWhere(THREAD_START)
            .because(BECAUSE);
}
