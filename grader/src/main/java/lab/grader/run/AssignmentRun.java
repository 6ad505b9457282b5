package lab.grader.run;

import java.time.Duration;
import java.util.Map;
import lab.grader.scoring.Outcome;

/**
 * What running one assignment's tests gave.
 *
 * @param outcomes  by test key ({@code Class#member})
 * @param testTimes by test key: how long each test took in its JVM (tests that never reported are absent)
 * @param startup   from starting each test JVM to its first report, summed over the JVMs it took
 * @param jvms      how many test JVMs it took: more than one after a crash, a hang or a timeout
 * @param waits     by test key: how long the test JVM sat waiting during each test ({@code ChildEvent#waited})
 */
public record AssignmentRun(Map<String, Outcome> outcomes, Map<String, Duration> testTimes, Duration startup, int jvms,
                            Map<String, Duration> waits) {
    public AssignmentRun {
        outcomes = Map.copyOf(outcomes);
        testTimes = Map.copyOf(testTimes);
        waits = Map.copyOf(waits);
    }
}
