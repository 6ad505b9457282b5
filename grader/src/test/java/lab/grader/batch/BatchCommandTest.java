package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchCommandTest {
    @Test
    void one_job_grades_three_assignments_side_by_side_like_grade() {
        assertThat(BatchCommand.lanesPerSubmission(null, 1)).isEqualTo(3);
    }

    @Test
    void jobs_that_share_the_cores_grade_two_side_by_side_each() {
        assertThat(BatchCommand.lanesPerSubmission(null, 2)).isEqualTo(2);
        assertThat(BatchCommand.lanesPerSubmission(null, 8)).isEqualTo(2);
    }

    @Test
    void the_instructors_choice_wins() {
        assertThat(BatchCommand.lanesPerSubmission(1, 2)).isEqualTo(1);
        assertThat(BatchCommand.lanesPerSubmission(4, 1)).isEqualTo(4);
    }
}
