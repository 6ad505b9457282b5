package lab.hidden.eventloop;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import lab.hidden.common.HouseRules;
import lab.hidden.common.StudentClassFolders;
import lab.hidden.common.StudentCodeOnly;
import lab.hidden.common.StudentPackage;

/** What this assignment has no business calling (shared definitions in {@link HouseRules}). */
@AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.eventloop")
class BoundaryRules {
    @ArchTest
    static final ArchRule is_finished = HouseRules.isFinished();

    @ArchTest
    static final ArchRule does_not_exit_the_jvm = HouseRules.doesNotExitTheJvm();

    @ArchTest
    static final ArchRule does_not_reach_into_the_tests_or_the_grader = HouseRules.doesNotReachIntoTheTestsOrTheGrader();

    @ArchTest
    static final ArchRule opens_no_sockets = HouseRules.opensNoSockets();

    @ArchTest
    static final ArchRule starts_no_processes = HouseRules.startsNoProcesses();
}
