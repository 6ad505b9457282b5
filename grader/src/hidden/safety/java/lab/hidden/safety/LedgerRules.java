package lab.hidden.safety;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import lab.hidden.common.StudentClassFolders;
import lab.hidden.common.StudentCodeOnly;
import lab.hidden.common.StudentPackage;

@AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.safety")
class LedgerRules {

    @ArchTest
    static final ArchRule the_ledger_locks_with_java_util_concurrent_locks = classes()
            .that().resideInAPackage("lab.safety")
            .should(togetherUseALockFromJavaUtilConcurrentLocks())
            .because("the lecture's mid-level concurrency uses explicit locks: a Lock from"
                    + " java.util.concurrent.locks (e.g. a ReentrantLock per account), which also offers tryLock"
                    + " with a timeout, something synchronized cannot do");

    @ArchTest
    static final ArchRule no_method_of_the_ledger_is_synchronized = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("lab.safety")
            .should().haveModifier(JavaModifier.SYNCHRONIZED)
            .because("a synchronized method locks the whole object: every transfer would wait for every other,"
                    + " even between unrelated accounts; lock just the two accounts a transfer touches");

    /** Satisfied when at least one class of the package (the Ledger or a helper of it) uses the locks package. */
    private static ArchCondition<JavaClass> togetherUseALockFromJavaUtilConcurrentLocks() {
        return new ArchCondition<>("together use a Lock from java.util.concurrent.locks") {
            private boolean used;

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                used = false;
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                used |= javaClass.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().equals("java.util.concurrent.locks"));
            }

            @Override
            public void finish(ConditionEvents events) {
                if (!used) {
                    events.add(SimpleConditionEvent.violated("lab.safety",
                            "no class of lab.safety uses java.util.concurrent.locks: guard each account with a"
                                    + " ReentrantLock instead of synchronized"));
                }
            }
        };
    }
}
