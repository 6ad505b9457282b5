package lab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The grader JVM's options live in GraderJvm; the one place that cannot read them, the shell launcher, repeats them. */
class GraderJvmTest {

    @Test
    void the_lab_script_starts_the_grader_with_the_same_options() throws Exception {
        String script = Files.readString(Path.of("..", "lab"));
        assertThat(script).contains("exec \"$jdk/bin/java\" " + String.join(" ", GraderJvm.OPTIONS) + " -jar \"$grader_jar\"");
    }
}
