package lab.grader.batch;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lab.grader.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge <report-dir>... --out <report-dir>}: one report from the outputs of several shards. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Joins the results.jsonl of several batch outputs (e.g. the shards of a matrix) into one report:"
                + " results.jsonl, grades.csv, feedback/ and report.html. A submission in several keeps its latest result.")
public final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REPORT-DIR", arity = "1..*", description = "the batch outputs to join")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the joined report")
    Path out;

    @Option(names = "--roster", paramLabel = "CSV", description = "map submissions to students again (and list those without one)")
    Path roster;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Concurrency Lab: class report", description = "report.html's title")
    String title;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        for (Path in : inputs) {
            if (!Files.isRegularFile(in.resolve(ResultsLog.FILE))) {
                err.println(in + " has no " + ResultsLog.FILE + ": pass the --out directories of batch runs");
                return ExitCode.BAD_INPUT;
            }
        }
        Optional<Roster> knownRoster = Roster.fromOption(roster, err);
        if (knownRoster.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        Roster theRoster = knownRoster.get();
        List<ResultsLog.Contents> contents = new ArrayList<>();
        for (Path in : inputs) {
            contents.add(ResultsLog.read(in.resolve(ResultsLog.FILE), err));
        }
        List<SubmissionRecord> merged = merge(contents.stream().map(ResultsLog.Contents::latest).toList());
        if (theRoster != Roster.NONE) {
            Roster r = theRoster;
            merged = merged.stream().map(m -> m.withStudent(r.studentFor(m.submission()).orElse(m.submission()))).toList();
        }
        Files.createDirectories(out);
        ReportWriter.replace(out.resolve(ResultsLog.FILE), merged.stream().map(Json::line).map(l -> l + "\n").collect(Collectors.joining()));
        List<String> notes = new ArrayList<>(List.of("Merged from " + inputs.size() + " report(s): "
                + inputs.stream().map(Path::toString).collect(Collectors.joining(", ")) + "."));
        if (merged.stream().anyMatch(m -> m.tampered() == null)) {
            notes.add("Some submissions had no tamper check (their batch ran without a template).");
        }
        ReportWriter.write(out, merged, theRoster.students(), title, notes);
        long notGraded = merged.stream().filter(m -> m.status() != SubmissionRecord.RunStatus.GRADED).count();
        spec.commandLine().getOut().println("merged " + merged.size() + " submission(s) from " + inputs.size()
                + " report(s) into " + out + (notGraded == 0 ? "" : "; " + notGraded + " of them without a grade (exit code "
                + ExitCode.SOME_NOT_GRADED + ")"));
        return notGraded == 0 ? ExitCode.GRADED : ExitCode.SOME_NOT_GRADED;
    }

    /** Every submission once, with its latest result; sorted by submission name. */
    static List<SubmissionRecord> merge(List<Map<String, SubmissionRecord>> reports) {
        Map<String, SubmissionRecord> latest = new LinkedHashMap<>();
        for (Map<String, SubmissionRecord> report : reports) {
            for (SubmissionRecord r : report.values()) {
                latest.merge(r.submission(), r, (a, b) -> gradedAt(b).compareTo(gradedAt(a)) >= 0 ? b : a);
            }
        }
        return latest.values().stream().sorted(Comparator.comparing(SubmissionRecord::submission)).toList();
    }

    private static java.time.Instant gradedAt(SubmissionRecord r) {
        try {
            return r.gradedAt() == null ? java.time.Instant.EPOCH : java.time.Instant.parse(r.gradedAt());
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.Instant.EPOCH;
        }
    }
}
