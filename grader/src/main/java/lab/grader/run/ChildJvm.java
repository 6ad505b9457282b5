package lab.grader.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import lab.grader.child.ChildMain;

/** One started child JVM and the drains of its output. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final OutputDrain stdout;
    private final OutputDrain stderr;

    private ChildJvm(Process process) {
        this.process = process;
        this.stdout = OutputDrain.start(process.getInputStream(), "child-stdout-" + process.pid());
        this.stderr = OutputDrain.start(process.getErrorStream(), "child-stderr-" + process.pid());
    }

    static ChildJvm start(RunnerSettings settings, Path studentClasses, Path requestFile, Path workingDir) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(settings.javaExecutable().toString());
        command.addAll(settings.jvmOptions());
        command.add("-cp");
        command.add(settings.graderClassPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))
                + File.pathSeparator + studentClasses);
        command.add(ChildMain.class.getName());
        command.add(requestFile.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        // student code must not reach the CI's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV) or tokens
        builder.environment().keySet().removeIf(ChildJvm::isCiVariable);
        Process process = builder
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null").exists() ? new File("/dev/null") : requestFile.toFile()))
                .start();
        return new ChildJvm(process);
    }

    /** Variables of GitHub Actions (files that set outputs, the token) that a child must not see. */
    static boolean isCiVariable(String name) {
        return name.startsWith("GITHUB_") || name.startsWith("ACTIONS_") || name.startsWith("RUNNER_")
                || name.equals("INPUT_TOKEN") || name.endsWith("_TOKEN");
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** What the child printed (the first 64 KiB of each stream), for diagnosing the grader. */
    String output() {
        return stdout.text() + stderr.text();
    }

    void kill() {
        ProcessTrees.kill(process.toHandle());
    }

    @Override
    public void close() {
        kill();
        try {
            stdout.awaitEnd(1000);
            stderr.awaitEnd(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
