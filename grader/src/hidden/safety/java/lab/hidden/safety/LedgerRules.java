package lab.hidden.safety;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import lab.hidden.common.StudentCodeOnly;

@AnalyzeClasses(packages = "lab.safety", importOptions = StudentCodeOnly.class)
class LedgerRules {

    @ArchTest
    static final ArchRule the_ledger_locks_with_java_util_concurrent_locks = classes()
            .that().haveFullyQualifiedName("lab.safety.Ledger")
            .should().dependOnClassesThat().resideInAPackage("java.util.concurrent.locks")
            .because("the lecture's mid-level concurrency uses explicit locks: a Lock from"
                    + " java.util.concurrent.locks (e.g. ReentrantLock) per account, which also offers tryLock"
                    + " with a timeout, something synchronized cannot do");

    @ArchTest
    static final ArchRule no_method_of_the_ledger_is_synchronized = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("lab.safety")
            .should().haveModifier(JavaModifier.SYNCHRONIZED)
            .because("a synchronized method locks the whole object: every transfer would wait for every other,"
                    + " even between unrelated accounts; lock just the two accounts a transfer touches");
}
