package lab.grader.batch;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lab.grader.cli.ExitCode;
import lab.grader.cli.GraderJvm;
import lab.grader.run.ProcessTrees;

/**
 * Grades each submission in a grader JVM apart from the batch's, and keeps that JVM for the next submission
 * ({@link BatchWorkerCommand}) as long as its gradings end normally. A submission that crashes the grader (or
 * the compiler), makes it fail, or outlives its limit costs only its own grade: that JVM is killed with its
 * whole process tree and the next submission gets a fresh one.
 */
final class GraderWorkers implements Grading {
    /**
     * After this many gradings a worker is replaced: it bounds whatever a long run might accumulate in one
     * JVM, at the price of one JVM start (~3 CPU-seconds) per this many submissions.
     */
    static final int GRADINGS_PER_WORKER = 20;
    /**
     * A worker's heap. A grading keeps ~50 MB alive and javac needs ~100 MB more while it runs, but a JVM that
     * lives for many gradings grows its heap towards its maximum before collecting the old generation: with
     * 768 MB, the workers of a 100-submission batch reached 550-570 MiB (RSS) each, past the grader's 512 MB
     * budget. With 320 MB they peaked at 407-409 MiB over 20 gradings each (40 copies) at the same CPU (8 copies:
     * 136.9 and 137.4 CPU-seconds), and the hostile fixtures were graded as before, even with 256 MB.
     */
    static final String WORKER_HEAP = "-Xmx320m";
    private static final int MESSAGE_CHARS = 2_000;
    /** What a worker's answer queue holds once its stdout has ended: the worker died or was killed. */
    private static final int ENDED = Integer.MIN_VALUE;

    private final List<String> command;
    private final List<String> gradeArguments;
    private final Duration limit;
    private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
    private final Set<Worker> alive = ConcurrentHashMap.newKeySet();
    private final AtomicInteger started = new AtomicInteger();

    /**
     * @param gradeArguments what follows {@code grade <dir>}: {@code --rubric}, {@code --assignment}, {@code --parallel}
     * @param limit          wall clock for one submission, after which its worker is killed
     */
    GraderWorkers(Path java, List<Path> classPath, List<String> gradeArguments, Duration limit) {
        List<String> c = new ArrayList<>(List.of(java.toString(), WORKER_HEAP));
        c.addAll(GraderJvm.OPTIONS);
        c.addAll(List.of("-cp", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                "lab.grader.cli.GraderMain", "batch-worker"));
        this.command = List.copyOf(c);
        this.gradeArguments = List.copyOf(gradeArguments);
        this.limit = limit;
    }

    @Override
    public Result grade(Path submission) throws IOException, InterruptedException {
        Worker worker = idle.poll();
        while (worker != null && !worker.process.isAlive()) {
            worker.kill(); // ended while idle (killed from outside): not this submission's fault
            worker = idle.poll();
        }
        if (worker == null) {
            worker = start();
        }
        Path out = Files.createTempFile("batch-grade-", ".json");
        Path log = Files.createTempFile("batch-grade-", ".err");
        boolean reusable = false;
        try {
            List<String> arguments = new ArrayList<>(List.of("grade", submission.toAbsolutePath().toString(),
                    "--format", "json", "--output", out.toString()));
            arguments.addAll(gradeArguments);
            worker.send(new WorkerRequest(arguments, log.toString()));
            Integer exitCode = worker.answers.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (exitCode == null) {
                return new Result.TimedOut(limit);
            }
            String errors = tail(Files.readString(log, StandardCharsets.UTF_8));
            if (exitCode == ENDED) {
                String why = tail((errors + "\n" + worker.errors()).strip());
                return new Result.Crashed(worker.exitCode(), why.isEmpty() ? "no message" : why);
            }
            String json = Files.readString(out, StandardCharsets.UTF_8);
            reusable = exitCode == ExitCode.GRADED && !json.isBlank() || exitCode == ExitCode.BAD_INPUT;
            return switch (exitCode) {
                case ExitCode.GRADED -> json.isBlank()
                        ? new Result.Crashed(0, "the grader printed no grade" + (errors.isEmpty() ? "" : ": " + errors))
                        : new Result.Graded(json);
                case ExitCode.BAD_INPUT -> new Result.Rejected(errors.isEmpty() ? "the grader rejected it" : errors);
                default -> new Result.Crashed(exitCode, errors.isEmpty() ? "no message" : errors);
            };
        } finally {
            if (reusable && worker.gradings < GRADINGS_PER_WORKER) {
                idle.add(worker);
            } else {
                worker.kill();
            }
            Files.deleteIfExists(out);
            Files.deleteIfExists(log);
        }
    }

    /** How many worker JVMs this batch has started so far. */
    int workersStarted() {
        return started.get();
    }

    /** Kills every worker and what it started: for a batch that is being stopped. */
    void killAll() {
        alive.forEach(Worker::kill);
    }

    /** Lets the idle workers end (their stdin closes) and kills any that are still grading. */
    @Override
    public void close() {
        for (Worker worker; (worker = idle.poll()) != null; ) {
            worker.finish();
        }
        killAll();
    }

    private Worker start() throws IOException {
        Path errors = Files.createTempFile("batch-worker-", ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        Worker worker = new Worker(process, errors);
        alive.add(worker);
        started.incrementAndGet();
        return worker;
    }

    /** One worker JVM: its stdin for requests, and a thread that turns its answer lines into exit codes. */
    private final class Worker {
        final Process process;
        final Path errorFile;
        final OutputStream requests;
        final BlockingQueue<Integer> answers = new LinkedBlockingQueue<>();
        int gradings;

        Worker(Process process, Path errorFile) {
            this.process = process;
            this.errorFile = errorFile;
            this.requests = process.getOutputStream();
            Thread.ofPlatform().daemon().name("batch-worker-answers-" + process.pid()).start(this::readAnswers);
        }

        private void readAnswers() {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith(WorkerRequest.DONE)) {
                        answers.add(Integer.parseInt(line.substring(WorkerRequest.DONE.length()).strip()));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // ends like a worker that died
            } finally {
                answers.add(ENDED);
            }
        }

        void send(WorkerRequest request) {
            gradings++;
            try {
                requests.write((Json.line(request) + "\n").getBytes(StandardCharsets.UTF_8));
                requests.flush();
            } catch (IOException e) {
                // it died: its answers end, and the grading is told so
            }
        }

        String errors() {
            try {
                return Files.readString(errorFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        int exitCode() throws InterruptedException {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        }

        /** Closes its stdin: it ends once its current grading (none, when idle) is done. */
        void finish() {
            try {
                requests.close();
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                // killed below
            } finally {
                kill();
            }
        }

        void kill() {
            ProcessTrees.kill(process.toHandle());
            alive.remove(this);
            try {
                Files.deleteIfExists(errorFile);
            } catch (IOException e) {
                // a temporary file
            }
        }
    }

    private static String tail(String text) {
        String t = text.strip();
        return t.length() <= MESSAGE_CHARS ? t : "..." + t.substring(t.length() - MESSAGE_CHARS);
    }
}
