package lab.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.kit.process.ChildJvm;
import lab.kit.transport.SubprocessTransport;
import org.junit.jupiter.api.Test;

class OutputCollectorPublicTest {

    /** The child process: two lines on stdout, one on stderr, exit code 3. */
    public static final class Child {
        public static void main(String[] args) {
            System.out.println("pages 1");
            System.out.println("pages 2");
            System.err.println("one page failed");
            System.exit(3);
        }
    }

    @Test
    void collects_the_lines_of_a_short_child_and_its_exit_code() throws Exception {
        var collector = new OutputCollector();
        try (var child = SubprocessTransport.spawn(ChildJvm.command(Child.class.getName(), List.of()), collector)) {
            CollectedOutput output = collector.result().get(8, TimeUnit.SECONDS);

            assertThat(output.stdout()).containsExactly("pages 1", "pages 2");
            assertThat(output.stderr()).containsExactly("one page failed");
            assertThat(output.exitCode()).isEqualTo(3);
        }
    }
}
