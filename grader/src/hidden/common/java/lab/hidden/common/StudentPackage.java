package lab.hidden.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The package of the student's classes that a rule class checks; read by {@link StudentClassFolders}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StudentPackage {
    /** For example {@code "lab.threads"}. */
    String value();
}
