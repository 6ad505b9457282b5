package lab.hidden.common;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a rule class finds the student's classes: the class FOLDERS holding the package that its
 * {@link StudentPackage} names, never a jar. Student classes are always compiled into a folder (by the
 * grader, or by Maven into {@code target/classes}); {@link StudentCodeOnly} then drops the tests beside them.
 * <p>
 * Why not ArchUnit's {@code packages = "lab.threads"}: it looks for the package in every jar of the
 * class path too, and grader.jar alone has ~14,000 entries. That search took most of a test JVM's time
 * in the rules (about half of its Java samples in a profile), only for {@link StudentCodeOnly} to drop
 * every class it found in a jar.
 */
public final class StudentClassFolders implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> ruleClass) {
        StudentPackage studentPackage = ruleClass.getAnnotation(StudentPackage.class);
        if (studentPackage == null) {
            throw new IllegalStateException(ruleClass.getName() + " uses " + StudentClassFolders.class.getSimpleName()
                    + " but has no @" + StudentPackage.class.getSimpleName() + "(\"lab.<assignment>\") to say which package to check");
        }
        try {
            return Collections.list(ruleClass.getClassLoader().getResources(studentPackage.value().replace('.', '/'))).stream()
                    .filter(url -> "file".equals(url.getProtocol()))
                    .map(Location::of)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("could not look for the classes of " + studentPackage.value(), e);
        }
    }
}
