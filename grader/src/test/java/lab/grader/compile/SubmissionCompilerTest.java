package lab.grader.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One compiler (one javac file manager) compiles a submission's assignments one after another. */
class SubmissionCompilerTest {
    @TempDir
    Path submission;
    @TempDir
    Path out;

    @Test
    void an_assignment_that_does_not_compile_leaves_the_next_one_unharmed() throws IOException {
        write("broken/src/main/java/lab/broken/Broken.java", "package lab.broken;\nclass Broken {\n    int x = \"text\";\n}\n");
        write("fine/src/main/java/lab/fine/Fine.java", "package lab.fine;\npublic class Fine {\n    public int answer() { return 42; }\n}\n");
        try (SubmissionCompiler compiler = new SubmissionCompiler(ToolProvider.getSystemJavaCompiler(), "")) {
            CompileResult broken = compiler.compile(submission, "broken", out.resolve("broken"));
            CompileResult fine = compiler.compile(submission, "fine", out.resolve("fine"));

            assertThat(broken).isInstanceOfSatisfying(CompileResult.NotCompiled.class,
                    n -> assertThat(n.feedback()).contains("Broken.java:3").contains("incompatible types"));
            assertThat(fine).isInstanceOfSatisfying(CompileResult.Compiled.class,
                    c -> assertThat(c.studentPackages()).containsExactly("lab.fine"));
            assertThat(out.resolve("fine/lab/fine/Fine.class")).exists();
            assertThat(out.resolve("broken")).isEmptyDirectory();
        }
    }

    @Test
    void each_assignment_is_compiled_into_its_own_folder_and_not_against_the_one_before() throws IOException {
        write("first/src/main/java/lab/first/Shared.java", "package lab.first;\npublic class Shared {}\n");
        // lab.first.Shared was compiled into first's folder only: second cannot see it
        write("second/src/main/java/lab/second/User.java", "package lab.second;\nclass User {\n    lab.first.Shared shared;\n}\n");
        try (SubmissionCompiler compiler = new SubmissionCompiler(ToolProvider.getSystemJavaCompiler(), "")) {
            assertThat(compiler.compile(submission, "first", out.resolve("first"))).isInstanceOf(CompileResult.Compiled.class);
            CompileResult second = compiler.compile(submission, "second", out.resolve("second"));

            assertThat(second).isInstanceOfSatisfying(CompileResult.NotCompiled.class,
                    n -> assertThat(n.feedback()).contains("User.java:3").contains("lab.first"));
            assertThat(out.resolve("first/lab/first/Shared.class")).exists();
            assertThat(out.resolve("second/lab/first")).doesNotExist();
        }
    }

    @Test
    void compiles_again_after_being_closed() throws IOException {
        write("fine/src/main/java/lab/fine/Fine.java", "package lab.fine;\npublic class Fine {}\n");
        SubmissionCompiler compiler = new SubmissionCompiler(ToolProvider.getSystemJavaCompiler(), "");
        assertThat(compiler.compile(submission, "fine", out.resolve("one"))).isInstanceOf(CompileResult.Compiled.class);
        compiler.close();

        assertThat(compiler.compile(submission, "fine", out.resolve("two"))).isInstanceOf(CompileResult.Compiled.class);
        compiler.close();
        assertThat(out.resolve("two/lab/fine/Fine.class")).exists();
    }

    private void write(String relative, String text) throws IOException {
        Path file = submission.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
