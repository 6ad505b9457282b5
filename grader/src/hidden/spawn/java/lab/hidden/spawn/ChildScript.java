package lab.hidden.spawn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one {@link ScriptedChild} does, as program arguments. The tests script their own child
 * rather than the student's Worker, so that a mistake in the Worker costs no Spawner item.
 *
 * @param dir where the child writes its pid (and its grandchild's) and looks for the release file
 * @param index the child's number
 * @param token a word the test cannot predict, printed by this child only
 * @param lines how many short record lines it prints
 * @param bigLines how many 100-byte record lines it prints (100 bytes each, for more than a pipe buffer)
 * @param gate whether it waits for the release file before printing
 * @param delayMillis how long it sleeps before printing
 * @param hang whether it stays alive after printing (it ends after two minutes at the latest)
 * @param grandchild whether it starts a process of its own ({@code sleep 120}) first
 * @param exitCode the exit code it ends with
 */
record ChildScript(Path dir, int index, String token, int lines, int bigLines, boolean gate, long delayMillis,
                   boolean hang, boolean grandchild, int exitCode) {

    static ChildScript of(Path dir, int index, String token) {
        return new ChildScript(dir, index, token, 0, 0, false, 0, false, false, 0);
    }

    ChildScript lines(int lines) {
        return new ChildScript(dir, index, token, lines, bigLines, gate, delayMillis, hang, grandchild, exitCode);
    }

    ChildScript bigLines(int bigLines) {
        return new ChildScript(dir, index, token, lines, bigLines, gate, delayMillis, hang, grandchild, exitCode);
    }

    ChildScript gated() {
        return new ChildScript(dir, index, token, lines, bigLines, true, delayMillis, hang, grandchild, exitCode);
    }

    ChildScript delayMillis(long delayMillis) {
        return new ChildScript(dir, index, token, lines, bigLines, gate, delayMillis, hang, grandchild, exitCode);
    }

    ChildScript hanging() {
        return new ChildScript(dir, index, token, lines, bigLines, gate, delayMillis, true, grandchild, exitCode);
    }

    ChildScript withGrandchild() {
        return new ChildScript(dir, index, token, lines, bigLines, gate, delayMillis, hang, true, exitCode);
    }

    ChildScript exitCode(int exitCode) {
        return new ChildScript(dir, index, token, lines, bigLines, gate, delayMillis, hang, grandchild, exitCode);
    }

    /** Exactly what the child writes to its standard output. */
    String expectedOutput() {
        var out = new StringBuilder();
        out.append("This is process: ").append(index).append('\n');
        out.append("token: ").append(token).append('\n');
        for (int k = 1; k <= lines; k++) {
            out.append("record ").append(token).append('-').append(k).append('\n');
        }
        for (int k = 1; k <= bigLines; k++) {
            String line = "record " + token + "-big-" + k + " ";
            out.append(line).append(".".repeat(Math.max(0, 99 - line.length()))).append('\n');
        }
        return out.toString();
    }

    List<String> toArgs() {
        var args = new ArrayList<String>();
        args.add(dir.toString());
        args.add(Integer.toString(index));
        args.add(token);
        args.add(Integer.toString(lines));
        args.add(Integer.toString(bigLines));
        args.add(Boolean.toString(gate));
        args.add(Long.toString(delayMillis));
        args.add(Boolean.toString(hang));
        args.add(Boolean.toString(grandchild));
        args.add(Integer.toString(exitCode));
        return List.copyOf(args);
    }

    static ChildScript parse(String[] args) {
        return new ChildScript(Path.of(args[0]), Integer.parseInt(args[1]), args[2], Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Boolean.parseBoolean(args[5]), Long.parseLong(args[6]),
                Boolean.parseBoolean(args[7]), Boolean.parseBoolean(args[8]), Integer.parseInt(args[9]));
    }
}
