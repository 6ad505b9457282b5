package lab.grader.rubric;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of an item's {@code tests}: {@code fully.qualified.Class#member} selects one test
 * method or rule field, {@code fully.qualified.Class} every test of that class.
 *
 * @param className binary name of the class ({@code Outer$Inner} for nested classes)
 * @param member    the method or field name, empty for the whole class
 */
public record Selector(String className, Optional<String> member) {

    private static final Pattern CLASS_NAME =
            Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");
    private static final Pattern MEMBER_NAME = Pattern.compile("[A-Za-z_$][\\w$]*");

    /** Parses {@code text}, or returns empty when it is not of the form {@code a.b.C} or {@code a.b.C#m}. */
    public static Optional<Selector> parse(String text) {
        String[] parts = text.strip().split("#", -1);
        if (parts.length > 2 || !CLASS_NAME.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(new Selector(parts[0], Optional.empty()));
        }
        return MEMBER_NAME.matcher(parts[1]).matches()
                ? Optional.of(new Selector(parts[0], Optional.of(parts[1])))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return member.map(m -> className + "#" + m).orElse(className);
    }
}
