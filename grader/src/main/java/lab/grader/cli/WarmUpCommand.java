package lab.grader.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import lab.grader.aot.AotCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warm-up}: trains the test JVMs' AOT cache, once per grader.jar and JDK. */
@Command(name = "warm-up", mixinStandardHelpOptions = true,
        description = {"Trains the ahead-of-time cache the test JVMs start on (JDK 25+): grading runs faster afterwards.",
                "Takes 10-20 s once per grader.jar and JDK; `grade` and `batch` use the cache whenever it exists."})
final class WarmUpCommand implements Callable<Integer> {
    private final GraderEnvironment environment;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--force", description = "train again even if the cache exists")
    boolean force;

    WarmUpCommand(GraderEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        var out = spec.commandLine().getOut();
        Optional<AotCache> cache = AotCache.locate(environment.classPath());
        if (cache.isEmpty()) {
            out.println("no AOT cache here: it needs the grader to run from grader.jar on a JDK 25 or newer; grading works without it");
            return ExitCode.GRADED;
        }
        if (cache.get().exists() && !force) {
            out.println("the AOT cache is trained already: " + cache.get().file());
            return ExitCode.GRADED;
        }
        var took = cache.get().create(environment.javaExecutable(), lab.grader.run.RunnerSettings.DEFAULT_JVM_OPTIONS);
        out.printf("trained the AOT cache in %.1f s: %s%n", took.toMillis() / 1000.0, cache.get().file());
        return ExitCode.GRADED;
    }
}
