package lab.grader.rubric;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a rubric has problems; carries all of them, so they can be fixed in one pass. */
public final class InvalidRubricException extends Exception {
    private final List<RubricError> errors;

    public InvalidRubricException(List<RubricError> errors) {
        super(errors.stream().map(RubricError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** Every problem found, in file order. */
    public List<RubricError> errors() {
        return errors;
    }
}
