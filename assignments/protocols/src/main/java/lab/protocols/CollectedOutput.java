package lab.protocols;

import java.util.List;

/**
 * Everything a child process wrote, line by line, and how it ended.
 *
 * @param stdout   the lines of its standard output, in order, without line ends
 * @param stderr   the lines of its standard error, in order, without line ends
 * @param exitCode its exit code
 */
public record CollectedOutput(List<String> stdout, List<String> stderr, int exitCode) {
    public CollectedOutput {
        stdout = List.copyOf(stdout);
        stderr = List.copyOf(stderr);
    }
}
