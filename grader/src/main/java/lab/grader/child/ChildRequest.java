package lab.grader.child;

import java.util.List;

/**
 * What the grader asks one child JVM to run; written as JSON, its path is ChildMain's argument.
 *
 * @param resultsFile     where to append one JSON {@link ChildEvent} per line
 * @param testTimeoutMillis JUnit's per-test timeout
 * @param studentPackages packages of the student's classes, to find their stack frames
 * @param tests           what to run
 */
public record ChildRequest(String resultsFile, long testTimeoutMillis, List<String> studentPackages, List<Test> tests) {

    /**
     * One test to select.
     *
     * @param className binary name
     * @param member    method or field name
     * @param field     true for an ArchUnit {@code @ArchTest} field
     */
    public record Test(String className, String member, boolean field) {
        public String key() {
            return className + "#" + member;
        }
    }
}
