package lab.grader.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** {@code java -jar grader.jar <command>}: the only place that calls System.exit. */
public final class GraderMain {
    private GraderMain() {}

    public static void main(String[] args) {
        System.exit(run(GraderEnvironment.current(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the CLI in-process: what tests call. */
    public static int run(GraderEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new GraderCommand(), new CommandFactory(environment))
                .setOut(out).setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("internal error of the grader: " + e);
                    e.printStackTrace(commandLine.getErr());
                    return ExitCode.INTERNAL_ERROR;
                });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Gives commands the environment; picocli's default factory for everything else. */
    private record CommandFactory(GraderEnvironment environment) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == GradeCommand.class) {
                return type.cast(new GradeCommand(environment));
            }
            if (type == lab.grader.benchmark.BenchmarkCommand.class) {
                return type.cast(new lab.grader.benchmark.BenchmarkCommand(environment));
            }
            if (type == lab.grader.audit.AuditCommand.class) {
                return type.cast(new lab.grader.audit.AuditCommand(environment));
            }
            if (type == WarmUpCommand.class) {
                return type.cast(new WarmUpCommand(environment));
            }
            if (type == CheckRubricCommand.class) {
                return type.cast(new CheckRubricCommand(environment));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
