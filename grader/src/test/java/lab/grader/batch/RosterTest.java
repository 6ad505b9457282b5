package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RosterTest {

    @Test
    void classrooms_grades_export_maps_repository_names_to_roster_identifiers_or_usernames() {
        Roster roster = Roster.parse("""
                assignment_name,assignment_url,starter_code_url,github_username,roster_identifier,student_repository_name,student_repository_url,submission_timestamp,points_awarded,points_available
                hw1,https://classroom.github.com/x,https://github.com/org/hw1,alice-gh,Alice Smith,hw1-alice-gh,https://github.com/org/hw1-alice-gh,2025-01-01,10,10
                hw1,https://classroom.github.com/x,https://github.com/org/hw1,bob,,,https://github.com/org/hw1-bob,2025-01-01,3,10
                """, "grades.csv");
        assertThat(roster.studentFor("hw1-alice-gh")).contains("Alice Smith");
        assertThat(roster.studentFor("HW1-Bob")).as("repository from the URL, username when no identifier").contains("bob");
        assertThat(roster.studentFor("hw1-carol")).isEmpty();
        assertThat(roster.students()).containsExactly("Alice Smith", "bob");
    }

    @Test
    void classrooms_roster_matches_folders_named_after_the_username_and_the_longest_username_wins() {
        Roster roster = Roster.parse("""
                "identifier","github_username","github_id","name"
                "s100","bob","1","Bob"
                "s200","jim-bob","2","Jim Bob"
                "s300","","",""
                """, "classroom_roster.csv");
        assertThat(roster.studentFor("hw1-bob")).contains("s100");
        assertThat(roster.studentFor("hw1-jim-bob")).contains("s200");
        assertThat(roster.studentFor("bob")).contains("s100");
        assertThat(roster.studentFor("hw1-rob")).isEmpty();
    }

    @Test
    void a_plain_repository_and_student_csv_works_too() {
        Roster roster = Roster.parse("repository,student\nhttps://github.com/org/lab-x.git,X\n", "r.csv");
        assertThat(roster.studentFor("lab-x")).contains("X");
    }

    @Test
    void unknown_columns_are_named_in_the_message() {
        assertThatThrownBy(() -> Roster.parse("who,what\n1,2\n", "r.csv"))
                .hasMessageContaining("[who, what]").hasMessageContaining("student_repository_name");
    }
}
