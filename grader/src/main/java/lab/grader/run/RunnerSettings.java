package lab.grader.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * How child JVMs are started.
 *
 * @param javaExecutable   the {@code java} that runs them
 * @param graderClassPath  grader.jar (or the grader's class path): it comes FIRST, so a student
 *                         cannot shadow JUnit, the tests or the kit
 * @param testTimeout      JUnit's per-test timeout
 * @param jvmOptions       heap, GC and the like
 */
public record RunnerSettings(Path javaExecutable, List<Path> graderClassPath, Duration testTimeout, List<String> jvmOptions) {
    /**
     * Heap and direct memory capped; the serial collector and C1 only ({@code TieredStopAtLevel=1}): a test JVM
     * lives seconds, and C2's compiler threads spent more CPU than they saved (the README's figures).
     */
    // no attach socket: code in the JVM (or a process it starts) cannot load an agent into it and rewrite the grader's classes
    public static final List<String> DEFAULT_JVM_OPTIONS = Stream.concat(Stream.of("-Xmx512m", "-XX:MaxDirectMemorySize=64m",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-XX:+DisableAttachMechanism"),
            modelCheckerAccess().stream()).toList();

    /**
     * What safety's model checker (Lincheck 2.26) needs: it runs the student's ledger on its own copies of
     * {@code java.util.concurrent} (locks, atomics), loaded through a class loader of its own, and those copies
     * call JDK internals that {@code java.base} gives only to itself. Exports let code call the packages' public
     * members; only {@code jdk.internal.misc} is opened (Lincheck reads {@code Unsafe.theUnsafe}). Student code
     * cannot compile against them, and the house rules forbid the reflection that would reach them. The same
     * flags stand in {@code reference-solutions/safety/pom.xml}, where surefire runs the hidden tests on the reference.
     */
    static List<String> modelCheckerAccess() {
        return List.of("--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
                "--add-exports=java.base/jdk.internal.access=ALL-UNNAMED",
                "--add-exports=java.base/jdk.internal.invoke=ALL-UNNAMED",
                "--add-exports=java.base/jdk.internal.util=ALL-UNNAMED");
    }

    public RunnerSettings {
        graderClassPath = List.copyOf(graderClassPath);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** How long without any result event before the watchdog gives up on a child. */
    Duration silenceLimit() {
        return testTimeout.multipliedBy(2).plusSeconds(5);
    }
}
