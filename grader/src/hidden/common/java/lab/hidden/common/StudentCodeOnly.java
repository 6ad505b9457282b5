package lab.hidden.common;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports the student's own classes and nothing else. When grading, the student's classes are
 * the only ones in a directory (the grader, its copy of the tests and every library come from
 * grader.jar); in the reference build, tests sit in {@code test-classes} beside them.
 * Use it on every rule: {@code @AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.threads")}.
 */
public final class StudentCodeOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
        return !location.isJar()
                && !location.contains("/test-classes/")
                && !location.contains("/lab/hidden/");
    }
}
