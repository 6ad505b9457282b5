package lab.grader.batch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import lab.grader.cli.ExitCode;
import lab.grader.cli.GraderJvm;

/**
 * Runs {@code grade <submission> --format json} in a JVM of its own, so that a submission that
 * crashes the grader (or the compiler) or outlives its limit costs only its own grade: the process
 * tree is killed and the batch goes on.
 */
final class GradeProcess implements Grading {
    private static final int MESSAGE_CHARS = 2_000;
    private final Path java;
    private final List<Path> classPath;
    private final List<String> gradeArguments;
    private final Duration limit;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    /**
     * @param gradeArguments what follows {@code grade <dir>}: {@code --rubric}, {@code --assignment}
     * @param limit          wall clock for one submission, after which its processes are killed
     */
    GradeProcess(Path java, List<Path> classPath, List<String> gradeArguments, Duration limit) {
        this.java = java;
        this.classPath = List.copyOf(classPath);
        this.gradeArguments = List.copyOf(gradeArguments);
        this.limit = limit;
    }

    @Override
    public Result grade(Path submission) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx768m"));
        command.addAll(GraderJvm.OPTIONS);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                "lab.grader.cli.GraderMain", "grade", submission.toAbsolutePath().toString(), "--format", "json"));
        command.addAll(gradeArguments);
        Path out = Files.createTempFile("batch-grade-", ".json");
        Path err = Files.createTempFile("batch-grade-", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice()))).start();
        running.add(process);
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                return new Result.TimedOut(limit);
            }
            String json = Files.readString(out, StandardCharsets.UTF_8);
            String errors = tail(Files.readString(err, StandardCharsets.UTF_8));
            return switch (process.exitValue()) {
                case ExitCode.GRADED -> json.isBlank()
                        ? new Result.Crashed(0, "the grader printed no grade" + (errors.isEmpty() ? "" : ": " + errors))
                        : new Result.Graded(json);
                case ExitCode.BAD_INPUT -> new Result.Rejected(errors.isEmpty() ? "the grader rejected it" : errors);
                default -> new Result.Crashed(process.exitValue(), errors.isEmpty() ? "no message" : errors);
            };
        } finally {
            kill(process);
            running.remove(process);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Kills every grading process still running: for a batch that is being stopped. */
    void killAll() {
        running.forEach(GradeProcess::kill);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String tail(String text) {
        String t = text.strip();
        return t.length() <= MESSAGE_CHARS ? t : "..." + t.substring(t.length() - MESSAGE_CHARS);
    }

    private static String nullDevice() {
        return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
