package lab.hidden.protocols;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import java.net.InetSocketAddress;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import lab.hidden.common.StudentCodeOnly;

@AnalyzeClasses(packages = "lab.protocols", importOptions = StudentCodeOnly.class)
class ProtocolsRules {

    @ArchTest
    static final ArchRule protocols_do_no_io_of_their_own = noClasses()
            .that().resideInAPackage("lab.protocols")
            .should().dependOnClassesThat(resideInAnyPackage("java.net..", "java.nio.channels..")
                    .and(not(type(InetSocketAddress.class))))
            .orShould().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Process.class)
            .because("the lecture splits the work: the protocol parses data and asks for writing, while the "
                    + "transport is responsible for the actual I/O and buffering; write through the Transport "
                    + "the kit gives you, never through a socket or process of your own");

    @ArchTest
    static final ArchRule protocols_start_no_threads = noClasses()
            .that().resideInAPackage("lab.protocols")
            .should().dependOnClassesThat().belongToAnyOf(Thread.class, java.util.concurrent.ExecutorService.class,
                    java.util.concurrent.Executors.class)
            .because("the transport already calls each protocol on one thread, one call at a time: a protocol "
                    + "reacts to its callbacks and never runs work on threads of its own");
}
