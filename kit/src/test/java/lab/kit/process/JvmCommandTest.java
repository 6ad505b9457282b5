package lab.kit.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmCommandTest {
    @Test
    void a_child_inherits_heap_compiler_and_logging_flags() {
        List<String> parent = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xlog:aot*=off,cds*=off", "-Dlab.x=1");

        assertThat(JvmCommand.inheritedFlags(parent)).containsExactlyElementsOf(parent);
    }

    @Test
    void a_child_starts_without_its_parents_aot_cache() {
        List<String> parent = List.of("-XX:TieredStopAtLevel=1", "-XX:AOTCache=/tmp/g.aot", "-Xmx512m");

        assertThat(JvmCommand.inheritedFlags(parent)).containsExactly("-XX:TieredStopAtLevel=1", "-Xmx512m");
    }

    @Test
    void a_child_does_not_inherit_the_training_of_an_aot_cache_nor_agents() {
        List<String> parent = List.of("-XX:AOTCacheOutput=/tmp/g.aot", "-XX:AOTConfiguration=/tmp/g.conf",
                "-XX:AOTMode=record", "-javaagent:/tmp/agent.jar", "-Xmx64m");

        assertThat(JvmCommand.inheritedFlags(parent)).containsExactly("-Xmx64m");
    }
}
