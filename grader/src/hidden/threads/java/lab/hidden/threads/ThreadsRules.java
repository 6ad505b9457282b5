package lab.hidden.threads;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import lab.hidden.common.StudentClassFolders;
import lab.hidden.common.StudentCodeOnly;
import lab.hidden.common.StudentPackage;

@AnalyzeClasses(locations = StudentClassFolders.class, importOptions = StudentCodeOnly.class)
@StudentPackage("lab.threads")
class ThreadsRules {

    @ArchTest
    static final ArchRule the_launcher_starts_its_thread_and_never_calls_run_itself = classes()
            .that().haveSimpleName("Launcher")
            .should(callThreadStartAndNeverRun())
            .because("calling run() executes the task on the caller's thread; only start() makes a new thread "
                    + "run it (the lecture: a thread \"doesn't start executing until you invoke its start() method\")");

    private static ArchCondition<JavaClass> callThreadStartAndNeverRun() {
        return new ArchCondition<>("call Thread.start() and never call run() on a thread or a task") {
            @Override
            public void check(JavaClass launcher, ConditionEvents events) {
                boolean starts = false;
                for (JavaMethodCall call : launcher.getMethodCallsFromSelf()) {
                    JavaClass owner = call.getTargetOwner();
                    String name = call.getTarget().getName();
                    if (name.equals("run") && call.getTarget().getRawParameterTypes().isEmpty()
                            && owner.isAssignableTo(Runnable.class)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                + ": run() executes the task on the caller's thread; call start() instead"));
                    }
                    if (name.equals("start")
                            && (owner.isAssignableTo(Thread.class) || owner.isAssignableTo(Thread.Builder.class))) {
                        starts = true;
                    }
                }
                if (!starts) {
                    events.add(SimpleConditionEvent.violated(launcher, launcher.getName()
                            + " never calls Thread.start() " + launcher.getSourceCodeLocation()
                            + ": start the thread the launcher made"));
                }
            }
        };
    }
}
