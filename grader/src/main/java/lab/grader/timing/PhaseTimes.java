package lab.grader.timing;

import java.time.Duration;

/**
 * Where one assignment's grading time went. Assignments run side by side, so their walls overlap.
 *
 * @param compile compiling the student's code, in the grader's JVM
 * @param startup from starting each test JVM to its first report (JVM start, JUnit discovery)
 * @param tests   hidden and public tests, as timed in the test JVM
 * @param rules   ArchUnit rules (their class import included), as timed in the test JVM
 * @param wall    from the start of compiling to the last test JVM's end
 * @param jvms    test JVMs started: more than one after a crash, a hang or a timeout
 * @param waits   of the tests' and rules' time, how long the test JVM sat waiting (its duration less the CPU
 *                time the JVM spent meanwhile): what the tests would still take on an infinitely fast
 *                machine - the floor. Work in processes a test starts counts as waiting.
 */
public record PhaseTimes(Duration compile, Duration startup, Duration tests, Duration rules, Duration wall, int jvms,
                         Duration waits) {
    public static final PhaseTimes NONE = new PhaseTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0,
            Duration.ZERO);

    /** Times of an assignment that did not compile: nothing but the compiler ran. */
    public static PhaseTimes compileOnly(Duration compile) {
        return new PhaseTimes(compile, Duration.ZERO, Duration.ZERO, Duration.ZERO, compile, 0, Duration.ZERO);
    }

    /** The sum of two assignments' (or two runs') times. */
    public PhaseTimes plus(PhaseTimes other) {
        return new PhaseTimes(compile.plus(other.compile), startup.plus(other.startup), tests.plus(other.tests),
                rules.plus(other.rules), wall.plus(other.wall), jvms + other.jvms, waits.plus(other.waits));
    }
}
