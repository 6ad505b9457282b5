package lab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {
    @Test
    void a_child_does_not_see_the_files_that_set_workflow_outputs_nor_tokens() {
        assertThat(ChildJvm.isWithheld("GITHUB_OUTPUT")).isTrue();
        assertThat(ChildJvm.isWithheld("GITHUB_STEP_SUMMARY")).isTrue();
        assertThat(ChildJvm.isWithheld("GITHUB_ENV")).isTrue();
        assertThat(ChildJvm.isWithheld("GRADER_TOKEN")).isTrue();
        assertThat(ChildJvm.isWithheld("PATH")).isFalse();
        assertThat(ChildJvm.isWithheld("JAVA_HOME")).isFalse();
    }

    @Test
    void a_child_does_not_inherit_the_graders_jvm_options() {
        assertThat(ChildJvm.isWithheld("JDK_JAVA_OPTIONS")).isTrue();
        assertThat(ChildJvm.isWithheld("JAVA_TOOL_OPTIONS")).isTrue();
        assertThat(ChildJvm.isWithheld("_JAVA_OPTIONS")).isTrue();
    }
}
