package lab.grader.catalogue;

import lab.grader.rubric.Kind;

/**
 * One test the grader can run: a test method or an ArchUnit rule field or method.
 *
 * @param className binary name of the declaring class
 * @param member    method or field name
 * @param field     true for an {@code @ArchTest} field (selected differently from methods)
 * @param kind      which kind of rubric item may score it
 */
public record TestCase(String className, String member, boolean field, Kind kind) {

    /** {@code className#member}: how results and selectors name it. */
    public String key() {
        return className + "#" + member;
    }

    /** The package of the declaring class. */
    public String packageName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    @Override
    public String toString() {
        return key();
    }
}
