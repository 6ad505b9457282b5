package lab.hidden.common;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.conditions.ArchConditions.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * Rules every assignment applies to what it has no business calling, shared so each assignment's
 * {@code HouseRules} class only picks the ones that apply:
 * <pre>
 * &#64;AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
 * &#64;StudentPackage("lab.threads")
 * class HouseRules {
 *     &#64;ArchTest static final ArchRule does_not_exit_the_jvm = lab.hidden.common.HouseRules.doesNotExitTheJvm();
 * }
 * </pre>
 * Each rule's message says what is forbidden and why, in the student's terms.
 */
public final class HouseRules {
    private HouseRules() {}

    private static final Set<String> EXITS = Set.of("java.lang.System#exit", "java.lang.Runtime#exit", "java.lang.Runtime#halt");
    private static final Set<String> REFLECTION = Set.of(
            "java.lang.reflect.AccessibleObject#setAccessible", "java.lang.reflect.AccessibleObject#trySetAccessible",
            "java.lang.reflect.Field#setAccessible", "java.lang.reflect.Method#setAccessible",
            "java.lang.reflect.Constructor#setAccessible", "java.lang.invoke.MethodHandles#privateLookupIn",
            // finds any class by name, like Class.forName
            "java.lang.invoke.MethodHandles$Lookup#findClass",
            "java.lang.Class#forName", "java.lang.ClassLoader#loadClass",
            "java.lang.ClassLoader#getResource", "java.lang.ClassLoader#getResourceAsStream", "java.lang.ClassLoader#getResources",
            "java.lang.ClassLoader#getSystemResource", "java.lang.ClassLoader#getSystemResourceAsStream",
            "java.lang.ClassLoader#getSystemResources", "java.lang.Class#getResource", "java.lang.Class#getResourceAsStream");
    private static final Set<String> PROCESS_CALLS = Set.of("java.lang.Runtime#exec");

    /** No System.exit, Runtime.exit or Runtime.halt, except in a program's own {@code main}. */
    public static ArchRule doesNotExitTheJvm() {
        return classes().should(notCall("call System.exit, Runtime.exit or Runtime.halt outside a main method", EXITS, true))
                .because("your code runs inside the grader's test JVM: ending the JVM ends every test that is still to run. "
                        + "Return from your methods (or throw) instead; only a program's own main may set its exit code");
    }

    /** No reflection, class loading or resource reading, and no dependency on the tests, the grader or the test libraries. */
    public static ArchRule doesNotReachIntoTheTestsOrTheGrader() {
        return classes().should(notCall("use reflection (setAccessible, Class.forName, Lookup.findClass, privateLookupIn) or read class files "
                        + "and resources through a class loader", REFLECTION, false))
                .andShould(not(dependOnClassesThat(resideInAnyPackage("lab.hidden..", "lab.grader..", "org.junit..",
                        "org.opentest4j..", "org.assertj..", "org.awaitility..", "com.tngtech.archunit..",
                        "org.jetbrains.kotlinx.lincheck.."))))
                .because("this assignment needs none of it: reaching into the hidden tests, the grader or JUnit to learn "
                        + "answers or change results is cheating, and it scores nothing anyway");
    }

    /** No sockets, channels or HTTP clients. */
    public static ArchRule opensNoSockets() {
        return noClasses().should().dependOnClassesThat().belongToAnyOf(java.net.Socket.class, java.net.ServerSocket.class,
                        java.net.DatagramSocket.class, java.net.MulticastSocket.class, java.net.URLConnection.class,
                        java.net.HttpURLConnection.class, java.net.http.HttpClient.class, java.nio.channels.SocketChannel.class,
                        java.nio.channels.ServerSocketChannel.class, java.nio.channels.DatagramChannel.class,
                        java.nio.channels.AsynchronousSocketChannel.class, java.nio.channels.AsynchronousServerSocketChannel.class)
                .because("this assignment is not about networking: only the network assignments (futures, cpu-vs-io, "
                        + "protocols) open connections, and the grader's test JVM offers no network but loopback");
    }

    /** No ProcessBuilder and no Runtime.exec. */
    public static ArchRule startsNoProcesses() {
        return classes().should(not(dependOnClassesThat(belongToAnyOf(ProcessBuilder.class))))
                .andShould(notCall("call Runtime.exec", PROCESS_CALLS, false))
                .because("this assignment is about threads in one process: only the process assignments (countdown, "
                        + "spawn, cpu-vs-io, protocols) start processes, and a process left running outlives your test");
    }

    /**
     * No class still throws {@code UnsupportedOperationException}: the skeleton's mark of unfinished
     * work. The other house rules forbid things, and an untouched skeleton calls nothing forbidden, so
     * without this one a student would earn the point for handing in nothing.
     */
    public static ArchRule isFinished() {
        return noClasses().should().dependOnClassesThat().belongToAnyOf(UnsupportedOperationException.class)
                .because("the house rules are checked on finished work: implement every method that still throws "
                        + "UnsupportedOperationException (\"not implemented yet\"), then this point is yours");
    }

    /** Violated by each call to one of {@code targets} ({@code Owner#name}). */
    private static ArchCondition<JavaClass> notCall(String description, Set<String> targets, boolean allowInMain) {
        return new ArchCondition<>("not " + description) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    String target = call.getTarget().getOwner().getName() + "#" + call.getTarget().getName();
                    boolean matches = targets.contains(target) || (targets.contains("java.lang.reflect.AccessibleObject#setAccessible")
                            && call.getTarget().getName().endsWith("setAccessible"));
                    if (matches && !(allowInMain && isMain(call))) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isMain(JavaMethodCall call) {
        var origin = call.getOrigin();
        return origin.getName().equals("main") && origin.getModifiers().contains(JavaModifier.STATIC)
                && origin.getRawParameterTypes().size() == 1 && origin.getRawParameterTypes().getFirst().isEquivalentTo(String[].class);
    }

}
