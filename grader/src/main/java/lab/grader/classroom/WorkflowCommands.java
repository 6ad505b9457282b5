package lab.grader.classroom;

import java.util.UUID;

/**
 * Keeps text that may come from a student (messages, compiler output quoting their code) from being
 * read by the GitHub Actions runner as a workflow command such as {@code ::set-output} or
 * {@code ::add-mask::}: such text could forge the score or hide the log.
 */
public final class WorkflowCommands {
    /** Zero-width space: the text reads the same, the runner sees no {@code ::}. */
    private static final String BREAK = "\u200B";

    private WorkflowCommands() {}

    /** {@code text} with every {@code ::} and legacy {@code ##[} broken up. */
    public static String neutralise(String text) {
        return text.replace("::", ":" + BREAK + ":").replace("##[", "#" + BREAK + "#[");
    }

    /**
     * {@code text} neutralised and between {@code ::stop-commands::} and its resume token: the
     * runner processes no command in between, whatever the text holds.
     */
    public static String fenced(String text) {
        String token = "grader-" + UUID.randomUUID();
        String body = neutralise(text);
        return "::stop-commands::" + token + "\n" + body + (body.endsWith("\n") ? "" : "\n") + "::" + token + "::\n";
    }
}
