package lab.grader.batch;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lab.grader.cli.GraderEnvironment;
import lab.grader.cli.GraderMain;
import picocli.CommandLine.Command;

/**
 * {@code batch-worker}: the grader JVM a batch keeps for one submission after another. Each line on stdin
 * is a {@link WorkerRequest}; each answer is a line on stdout. One JVM for many gradings pays the JVM's start,
 * the compiler's warm-up and the reading of the test catalogue once instead of per submission (the README's
 * figures). Student code never runs here: each grading still starts test JVMs of its own.
 */
@Command(name = "batch-worker", hidden = true,
        description = "Grades the submissions named on stdin one after another (what batch starts; not for people).")
public final class BatchWorkerCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        // answers go to the real stdout; anything else printed there would break the protocol
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        GraderEnvironment environment = GraderEnvironment.current(); // reads the test catalogue once, for every grading
        var requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            WorkerRequest request = Json.MAPPER.readValue(line, WorkerRequest.class);
            int exitCode;
            try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of(request.log()), StandardCharsets.UTF_8))) {
                exitCode = GraderMain.run(environment, new PrintWriter(Writer.nullWriter()), log,
                        request.arguments().toArray(String[]::new));
            }
            answers.println(WorkerRequest.DONE + exitCode);
        }
        return 0;
    }
}
