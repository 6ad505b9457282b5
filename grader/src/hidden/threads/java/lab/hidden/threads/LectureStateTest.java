package lab.hidden.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import lab.threads.LectureState;
import org.junit.jupiter.api.Test;

class LectureStateTest {
    private static final Map<Thread.State, Set<LectureState>> LECTURE_STATES_OF = Map.of(
            Thread.State.NEW, EnumSet.of(LectureState.NEW_THREAD),
            Thread.State.RUNNABLE, EnumSet.of(LectureState.RUNNABLE, LectureState.RUNNING),
            Thread.State.BLOCKED, EnumSet.of(LectureState.NON_RUNNING),
            Thread.State.WAITING, EnumSet.of(LectureState.NON_RUNNING),
            Thread.State.TIMED_WAITING, EnumSet.of(LectureState.NON_RUNNING),
            Thread.State.TERMINATED, EnumSet.of(LectureState.DEAD));

    @Test
    void each_java_state_stands_for_the_right_lecture_states() {
        for (Thread.State state : Thread.State.values()) {
            assertThat(Set.copyOf(LectureState.of(state)))
                    .as("LectureState.of(%s): a Java thread in state %s is, in the lecture's terms, %s "
                            + "(RUNNABLE covers both Runnable and Running; BLOCKED, WAITING and TIMED_WAITING "
                            + "are all Non-running/waiting)", state, state, LECTURE_STATES_OF.get(state))
                    .containsExactlyInAnyOrderElementsOf(LECTURE_STATES_OF.get(state));
        }
    }

    @Test
    void each_lecture_state_lists_the_java_states_it_shows_as() {
        for (LectureState lectureState : LectureState.values()) {
            Set<Thread.State> expected = EnumSet.noneOf(Thread.State.class);
            LECTURE_STATES_OF.forEach((javaState, lectureStates) -> {
                if (lectureStates.contains(lectureState)) {
                    expected.add(javaState);
                }
            });
            assertThat(Set.copyOf(lectureState.javaStates()))
                    .as("%s.javaStates(): a thread in the lecture's state %s reports %s through Thread.getState()",
                            lectureState, lectureState, expected)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
