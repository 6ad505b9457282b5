package lab.hidden.protocols;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import java.net.InetSocketAddress;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import lab.hidden.common.StudentClassFolders;
import lab.hidden.common.StudentCodeOnly;
import lab.hidden.common.StudentPackage;
import lab.kit.transport.DatagramTransport;
import lab.kit.transport.Transport;

@AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.protocols")
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
    static final ArchRule replies_are_written_through_the_kits_transports = classes()
            .that().resideInAPackage("lab.protocols")
            .should(new WriteThroughTransports())
            .because("a protocol asks its transport to write (transport.write, transport.sendTo); "
                    + "the transport does the actual I/O");

    @ArchTest
    static final ArchRule protocols_start_no_threads = noClasses()
            .that().resideInAPackage("lab.protocols")
            .should().dependOnClassesThat().belongToAnyOf(Thread.class, java.util.concurrent.ExecutorService.class,
                    java.util.concurrent.Executors.class)
            .because("the transport already calls each protocol on one thread, one call at a time: a protocol "
                    + "reacts to its callbacks and never runs work on threads of its own");

    /** Somewhere in the package, replies go out through Transport.write and DatagramTransport.sendTo. */
    private static final class WriteThroughTransports extends ArchCondition<JavaClass> {
        private boolean writes;
        private boolean sends;

        WriteThroughTransports() {
            super("write replies through Transport.write and DatagramTransport.sendTo");
        }

        @Override
        public void init(java.util.Collection<JavaClass> allObjectsToTest) {
            writes = false;
            sends = false;
        }

        @Override
        public void check(JavaClass item, ConditionEvents events) {
            for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                String name = call.getTarget().getName();
                writes |= name.equals("write") && owner.isAssignableTo(Transport.class);
                sends |= name.equals("sendTo") && owner.isAssignableTo(DatagramTransport.class);
            }
        }

        @Override
        public void finish(ConditionEvents events) {
            if (!writes) {
                events.add(SimpleConditionEvent.violated("lab.protocols", "no class of lab.protocols calls "
                        + "Transport.write: the warehouse protocol replies through the transport the kit gives "
                        + "it in connectionMade"));
            }
            if (!sends) {
                events.add(SimpleConditionEvent.violated("lab.protocols", "no class of lab.protocols calls "
                        + "DatagramTransport.sendTo: the metrics collector replies through the transport the kit "
                        + "gives it in connectionMade"));
            }
        }
    }
}
