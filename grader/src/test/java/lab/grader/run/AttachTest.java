package lab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A test JVM cannot be attached to: with an attach, code in it (or a process it starts) could load an agent
 * and rewrite the grader's classes. {@code jcmd} uses the same mechanism as an agent loader.
 */
class AttachTest {
    private static final Path JAVA_BIN = Path.of(System.getProperty("java.home"), "bin");

    /** Stays up until its stdin closes. */
    public static final class Idle {
        public static void main(String[] args) throws Exception {
            System.out.println("up");
            System.out.flush();
            System.in.read();
        }
    }

    private static int jcmdInto(List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA_BIN.resolve("java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Idle.class.getName()));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            // "up" once main runs: the attach listener could answer from then on
            assertThat(new String(jvm.getInputStream().readNBytes(2))).isEqualTo("up");
            Process jcmd = new ProcessBuilder(JAVA_BIN.resolve("jcmd").toString(), Long.toString(jvm.pid()), "VM.version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(jcmd.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return jcmd.exitValue();
        } finally {
            jvm.destroyForcibly();
            jvm.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_jvm_with_the_test_jvms_options_refuses_an_attach_which_a_plain_jvm_allows() throws Exception {
        assumeTrue(Files.isExecutable(JAVA_BIN.resolve("jcmd")), "no jcmd in this JDK");

        assertThat(jcmdInto(List.of("-XX:+UseSerialGC"))).as("a plain JVM: the attach works").isZero();
        assertThat(jcmdInto(RunnerSettings.DEFAULT_JVM_OPTIONS)).as("a test JVM: the attach is refused").isNotZero();
    }
}
