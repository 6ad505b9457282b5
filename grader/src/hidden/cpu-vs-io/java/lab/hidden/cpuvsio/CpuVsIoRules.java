package lab.hidden.cpuvsio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.BaseStream;
import lab.hidden.common.StudentClassFolders;
import lab.hidden.common.StudentCodeOnly;
import lab.hidden.common.StudentPackage;

/**
 * Which executor each job uses, read from the code: the CPU-bound census and everything it calls in
 * {@code lab.cpuvsio}, and the I/O-bound ingest and everything it calls there.
 */
@AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.cpuvsio")
class CpuVsIoRules {
    private static final String PACKAGE = "lab.cpuvsio";
    private static final String CENSUS = PACKAGE + ".PrimeCensus";
    private static final String INGEST = PACKAGE + ".PageIngest";

    @ArchTest
    static final ArchRule the_prime_census_counts_on_a_process_pool = classes()
            .that().haveFullyQualifiedName(CENSUS)
            .should(reach(createsAProcessPool()))
            .because("counting primes is CPU-bound, and the lecture chooses \"ProcessPoolExecutor in cases of "
                    + "CPU-bound workloads\": create the course kit's lab.kit.process.ProcessPoolExecutor and hand "
                    + "it the chunks");

    @ArchTest
    static final ArchRule the_prime_census_hands_no_work_to_threads = classes()
            .that().haveFullyQualifiedName(CENSUS)
            .should(neverReach(handsWorkToThreads()))
            .because("the CPU-bound census runs on the process pool alone: a thread pool, a thread of your own, "
                    + "a parallel stream or a ForkJoinPool counts in the caller's JVM instead");

    @ArchTest
    static final ArchRule page_ingest_never_uses_a_process_pool = classes()
            .that().haveFullyQualifiedName(INGEST)
            .should(neverReach(usesProcesses()))
            .because("reading pages is I/O-bound, and the lecture chooses \"ThreadPoolExecutor in case of I/O-bound "
                    + "workloads\": a read waits for the network, and a worker process per waiting read buys "
                    + "nothing but JVM start-ups and copies");

    @ArchTest
    static final ArchRule page_ingest_reads_on_virtual_threads = classes()
            .that().haveFullyQualifiedName(INGEST)
            .should(reach(startsVirtualThreads()))
            .because("\"you can create thousands of threads with barely a concern\" holds for Java's virtual "
                    + "threads: run each read on one (Executors.newVirtualThreadPerTaskExecutor())");

    /** The classes of {@code lab.cpuvsio} a job's class calls, directly or through other classes of the package. */
    private static Set<JavaClass> reachableFrom(JavaClass job) {
        Set<JavaClass> seen = new HashSet<>();
        Deque<JavaClass> toVisit = new ArrayDeque<>(List.of(job));
        while (!toVisit.isEmpty()) {
            JavaClass current = toVisit.poll();
            if (!seen.add(current)) {
                continue;
            }
            for (JavaAccess<?> access : current.getAccessesFromSelf()) {
                JavaClass owner = access.getTargetOwner();
                if (owner.getPackageName().startsWith(PACKAGE) && !seen.contains(owner)) {
                    toVisit.add(owner);
                }
            }
        }
        return seen;
    }

    private static List<JavaAccess<?>> accessesFrom(JavaClass job, DescribedPredicate<JavaAccess<?>> predicate) {
        List<JavaAccess<?>> matching = new ArrayList<>();
        for (JavaClass reached : reachableFrom(job)) {
            for (JavaAccess<?> access : reached.getAccessesFromSelf()) {
                if (predicate.test(access)) {
                    matching.add(access);
                }
            }
        }
        return matching;
    }

    private static ArchCondition<JavaClass> reach(DescribedPredicate<JavaAccess<?>> predicate) {
        return new ArchCondition<>(predicate.getDescription() + ", itself or through classes of " + PACKAGE) {
            @Override
            public void check(JavaClass job, ConditionEvents events) {
                if (accessesFrom(job, predicate).isEmpty()) {
                    events.add(SimpleConditionEvent.violated(job, job.getSimpleName() + " and the classes of "
                            + PACKAGE + " it calls never " + predicate.getDescription() + " "
                            + job.getSourceCodeLocation()));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> neverReach(DescribedPredicate<JavaAccess<?>> predicate) {
        return new ArchCondition<>("never " + predicate.getDescription() + ", itself or through classes of " + PACKAGE) {
            @Override
            public void check(JavaClass job, ConditionEvents events) {
                for (JavaAccess<?> access : accessesFrom(job, predicate)) {
                    events.add(SimpleConditionEvent.violated(access, job.getSimpleName() + " must not "
                            + predicate.getDescription() + ": " + access.getDescription()));
                }
            }
        };
    }

    private static DescribedPredicate<JavaAccess<?>> createsAProcessPool() {
        return DescribedPredicate.describe("create a lab.kit.process.ProcessPoolExecutor", access ->
                access.getTargetOwner().getName().equals("lab.kit.process.ProcessPoolExecutor")
                        && access.getTarget().getName().equals("<init>"));
    }

    private static DescribedPredicate<JavaAccess<?>> usesProcesses() {
        return DescribedPredicate.describe("use the process pool or child JVMs (lab.kit.process)", access ->
                access.getTargetOwner().getPackageName().equals("lab.kit.process"));
    }

    private static DescribedPredicate<JavaAccess<?>> startsVirtualThreads() {
        return DescribedPredicate.describe("start virtual threads (Executors.newVirtualThreadPerTaskExecutor, "
                + "Thread.ofVirtual, Thread.startVirtualThread)", access -> {
                    JavaClass owner = access.getTargetOwner();
                    String name = access.getTarget().getName();
                    return (owner.isEquivalentTo(Executors.class) && name.equals("newVirtualThreadPerTaskExecutor"))
                            || (owner.isEquivalentTo(Thread.class)
                                    && (name.equals("ofVirtual") || name.equals("startVirtualThread")));
                });
    }

    private static DescribedPredicate<JavaAccess<?>> handsWorkToThreads() {
        return DescribedPredicate.describe("hand work to threads of this JVM (a thread executor, a thread, a "
                + "parallel stream, a ForkJoinPool or CompletableFuture's async methods)", access -> {
                    JavaClass owner = access.getTargetOwner();
                    String name = access.getTarget().getName();
                    boolean constructor = name.equals("<init>");
                    return (owner.isEquivalentTo(Executors.class) && name.startsWith("new"))
                            || (constructor && (owner.isAssignableTo(Thread.class)
                                    || owner.isAssignableTo(ThreadPoolExecutor.class)
                                    || owner.isAssignableTo(ForkJoinPool.class)))
                            || (owner.isAssignableTo(Thread.class) && (name.equals("start")
                                    || name.equals("ofVirtual") || name.equals("ofPlatform")
                                    || name.equals("startVirtualThread")))
                            || (owner.isAssignableTo(Thread.Builder.class)
                                    && (name.equals("start") || name.equals("factory")))
                            || (owner.isEquivalentTo(ForkJoinPool.class) && name.equals("commonPool"))
                            || (owner.isAssignableTo(ForkJoinTask.class)
                                    && (name.equals("fork") || name.equals("invoke") || name.equals("invokeAll")))
                            || (owner.isAssignableTo(Collection.class) && name.equals("parallelStream"))
                            || (owner.isAssignableTo(BaseStream.class) && name.equals("parallel"))
                            || (owner.isEquivalentTo(CompletableFuture.class)
                                    && (name.equals("supplyAsync") || name.equals("runAsync")));
                });
    }
}
