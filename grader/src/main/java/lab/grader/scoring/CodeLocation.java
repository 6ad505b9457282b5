package lab.grader.scoring;

/**
 * A place in the student's code: the first stack frame that is theirs.
 *
 * @param className  binary class name
 * @param methodName method name
 * @param fileName   source file name, may be null
 * @param line       line number, negative when unknown
 */
public record CodeLocation(String className, String methodName, String fileName, int line) {

    /** {@code (File.java:12)}, as in a stack trace, so IDEs make it a link. */
    public String fileAndLine() {
        return "(" + (fileName == null ? "Unknown Source" : fileName) + (line >= 0 ? ":" + line : "") + ")";
    }

    /** {@code Countdown.run}: the simple class name and method. */
    public String classAndMethod() {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return simple + "." + methodName;
    }
}
