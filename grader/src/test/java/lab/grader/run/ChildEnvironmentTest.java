package lab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {
    @Test
    void a_child_does_not_see_the_files_that_set_workflow_outputs_nor_tokens() {
        assertThat(ChildJvm.isCiVariable("GITHUB_OUTPUT")).isTrue();
        assertThat(ChildJvm.isCiVariable("GITHUB_STEP_SUMMARY")).isTrue();
        assertThat(ChildJvm.isCiVariable("GITHUB_ENV")).isTrue();
        assertThat(ChildJvm.isCiVariable("GRADER_TOKEN")).isTrue();
        assertThat(ChildJvm.isCiVariable("PATH")).isFalse();
        assertThat(ChildJvm.isCiVariable("JAVA_HOME")).isFalse();
    }
}
