package lab.grader.child;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.junit.engine_api.FieldSelector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lab.grader.rubric.Durations;
import lab.grader.scoring.Outcome;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The child JVM's entry point: runs the requested tests against the student's classes (on this
 * JVM's class path after grader.jar) and reports each through the request's results file. Its stdin
 * carries the seal's key, then the paths of request files, one per line: a JVM whose tests left
 * nothing running serves the next request (another assignment's tests), which saves a JVM start and
 * the warm-up of JUnit and ArchUnit. It ends when stdin ends.
 */
public final class ChildMain {
    private ChildMain() {}

    public static void main(String[] args) {
        try {
            // the key arrives on stdin before any student class is loaded; student code gets an empty stdin
            java.io.InputStream commands = System.in;
            EventSeal seal = EventSeal.of(readLine(commands));
            System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
            Leftovers leftovers = Leftovers.baseline();
            for (String path; !(path = readLine(commands)).isEmpty(); ) {
                ChildRequest request = new ObjectMapper().readValue(Path.of(path).toFile(), ChildRequest.class);
                run(request, seal);
                String left = leftovers.check();
                try (EventWriter out = new EventWriter(Path.of(request.resultsFile()), seal)) {
                    out.write(ChildEvent.done(left));
                }
                if (left != null) {
                    break;
                }
            }
        } catch (Throwable t) {
            t.printStackTrace();
        } finally {
            // a student's leftover non-daemon thread must not keep this JVM alive
            Runtime.getRuntime().halt(0);
        }
    }

    /** The next line of stdin (empty at its end), read byte by byte so nothing of the next one is buffered. */
    private static String readLine(java.io.InputStream in) throws java.io.IOException {
        var line = new java.io.ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
            line.write(b);
        }
        return line.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static void run(ChildRequest request, EventSeal seal) throws Exception {
        Set<String> testClasses = request.tests().stream().map(ChildRequest.Test::className)
                .map(c -> c.contains("$") ? c.substring(0, c.indexOf('$')) : c).collect(Collectors.toSet());
        StudentFrames frames = new StudentFrames(request.studentPackages(), testClasses);
        String timeout = Durations.format(java.time.Duration.ofMillis(request.testTimeoutMillis()));
        OutcomeMapper mapper = new OutcomeMapper(frames, timeout);
        try (EventWriter out = new EventWriter(Path.of(request.resultsFile()), seal)) {
            ResultListener listener = new ResultListener(out, mapper,
                    request.tests().stream().map(ChildRequest.Test::key).collect(Collectors.toSet()));
            List<DiscoverySelector> selectors = new ArrayList<>();
            for (ChildRequest.Test test : request.tests()) {
                try {
                    selectors.add(test.field() ? FieldSelector.selectField(test.className(), test.member())
                            : selectMethod(test.className(), test.member()));
                } catch (Throwable t) {
                    // e.g. a rule class whose static initialiser fails on the student's code
                    listener.finish(test.key(), mapper.map(t));
                }
            }
            LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .enableImplicitConfigurationParameters(false)
                    .configurationParameter("junit.jupiter.execution.timeout.default", request.testTimeoutMillis() + " ms")
                    .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                    .build();
            Launcher launcher = LauncherFactory.create();
            try {
                launcher.execute(discovery, listener);
            } catch (VirtualMachineError e) {
                // JUnit rethrows what it cannot recover from (a full heap, no more threads): blame the test that ran
                listener.finishStarted(mapper.map(e));
                throw e;
            }
            listener.finishUnreported(new Outcome.DidNotRun(
                    "the test did not run: the grader could not find or start it in your submission"));
        }
    }
}
