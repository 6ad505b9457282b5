package lab.grader.classroom;

import java.util.ArrayList;
import java.util.List;
import lab.grader.scoring.AssignmentResult;
import lab.grader.scoring.GradeResult;
import lab.grader.scoring.ItemResult;

/**
 * What a student may see now, where nothing but the rubric decides it (GitHub Classroom has no
 * visibility of its own): {@code after_due_date} items keep their name and score but not their
 * feedback; {@code hidden} items keep only their points, under a neutral name. Totals do not change.
 */
public final class StudentView {
    static final String WITHHELD = "feedback on this item is released after the due date";

    private StudentView() {}

    public static GradeResult of(GradeResult result) {
        List<AssignmentResult> assignments = new ArrayList<>();
        for (AssignmentResult a : result.assignments()) {
            List<ItemResult> items = new ArrayList<>();
            int hidden = 0;
            for (ItemResult i : a.items()) {
                items.add(switch (i.visibility()) {
                    case VISIBLE -> i;
                    case AFTER_DUE_DATE -> new ItemResult(i.id(), i.kind(), i.description(), i.status(), i.points(),
                            i.maxPoints(), i.feedback().isEmpty() ? "" : WITHHELD, i.visibility());
                    case HIDDEN -> new ItemResult("hidden-" + (++hidden), i.kind(), "a hidden check", i.status(), i.points(),
                            i.maxPoints(), "", i.visibility());
                });
            }
            assignments.add(new AssignmentResult(a.id(), a.title(), items));
        }
        return new GradeResult(assignments);
    }
}
