package lab.spawn;

import java.util.ArrayList;
import java.util.List;

/**
 * What one {@link Worker} does, as program arguments: the Java form of the lecture's
 * {@code Process(target=spawn_process, args=(i,))}. Given and complete: {@link #toArgs()} turns a
 * script into the arguments of a child, {@link #parse(String...)} turns them back.
 *
 * @param index the child's number, {@code i} in {@code This is process: i}; at least 0
 * @param records how many record lines the worker prints after its two introduction lines; at least 0
 * @param hang whether the worker stays alive after printing, until it is killed
 * @param exitCode the exit code the worker ends with (unless it hangs); 0 to 255
 */
public record WorkerScript(int index, int records, boolean hang, int exitCode) {

    /** @throws IllegalArgumentException if a value is out of its range */
    public WorkerScript {
        if (index < 0 || records < 0 || exitCode < 0 || exitCode > 255) {
            throw new IllegalArgumentException("index and records must be at least 0, exitCode 0 to 255: " + index
                    + ", " + records + ", " + exitCode);
        }
    }

    /** @return a worker that introduces itself and ends with exit code 0, like the lecture's */
    public static WorkerScript of(int index) {
        return new WorkerScript(index, 0, false, 0);
    }

    /** @return this script, printing {@code records} record lines */
    public WorkerScript withRecords(int records) {
        return new WorkerScript(index, records, hang, exitCode);
    }

    /** @return this script, hanging after it has printed */
    public WorkerScript hanging() {
        return new WorkerScript(index, records, true, exitCode);
    }

    /** @return this script, ending with {@code exitCode} */
    public WorkerScript exitingWith(int exitCode) {
        return new WorkerScript(index, records, hang, exitCode);
    }

    /** @return the program arguments, e.g. {@code [3, --records=5, --exit=0]} or {@code [1, --records=0, --exit=0, --hang]} */
    public List<String> toArgs() {
        var args = new ArrayList<>(List.of(Integer.toString(index), "--records=" + records, "--exit=" + exitCode));
        if (hang) {
            args.add("--hang");
        }
        return List.copyOf(args);
    }

    /**
     * Reads the arguments {@link #toArgs()} wrote: the index first, then options in any order.
     *
     * @throws IllegalArgumentException if the index is missing or an argument is unknown or malformed
     */
    public static WorkerScript parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("a worker needs its index as first argument, e.g. `3 --records=5`");
        }
        try {
            int index = Integer.parseInt(args[0]);
            int records = 0;
            int exitCode = 0;
            boolean hang = false;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--records=")) {
                    records = Integer.parseInt(arg.substring("--records=".length()));
                } else if (arg.startsWith("--exit=")) {
                    exitCode = Integer.parseInt(arg.substring("--exit=".length()));
                } else if (arg.equals("--hang")) {
                    hang = true;
                } else {
                    throw new IllegalArgumentException("unknown worker argument: " + arg);
                }
            }
            return new WorkerScript(index, records, hang, exitCode);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed worker arguments " + List.of(args) + ": " + e.getMessage(), e);
        }
    }
}
