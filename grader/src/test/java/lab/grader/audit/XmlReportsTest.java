package lab.grader.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlReportsTest {
    @TempDir
    Path dir;

    @Test
    void jacoco_coverage_gives_the_percentages_and_the_lines_no_test_reached() throws Exception {
        Path xml = Files.writeString(dir.resolve("jacoco.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
                <report name="threads-reference">
                  <package name="lab/threads">
                    <class name="lab/threads/Launcher" sourcefilename="Launcher.java">
                      <counter type="LINE" missed="1" covered="3"/>
                    </class>
                    <sourcefile name="Launcher.java">
                      <line nr="10" mi="0" ci="4" mb="0" cb="0"/>
                      <line nr="11" mi="0" ci="2" mb="1" cb="1"/>
                      <line nr="12" mi="3" ci="0" mb="0" cb="0"/>
                      <line nr="13" mi="0" ci="1" mb="0" cb="0"/>
                      <counter type="LINE" missed="1" covered="3"/>
                    </sourcefile>
                    <counter type="LINE" missed="1" covered="3"/>
                  </package>
                  <counter type="INSTRUCTION" missed="3" covered="7"/>
                  <counter type="BRANCH" missed="1" covered="1"/>
                  <counter type="LINE" missed="1" covered="3"/>
                </report>
                """);

        XmlReports.Coverage coverage = XmlReports.coverage(xml);

        assertThat(coverage.linePercent()).isEqualTo(75.0);
        assertThat(coverage.branchPercent()).isEqualTo(50.0);
        assertThat(coverage.uncovered()).containsExactly("Launcher.java:12");
        assertThat(coverage.partial()).containsExactly("Launcher.java:11");
    }

    @Test
    void pit_mutations_give_the_score_and_the_survivors() throws Exception {
        Path xml = Files.writeString(dir.resolve("mutations.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <mutations partial="false">
                <mutation detected='true' status='KILLED' numberOfTestsRun='2'><sourceFile>Ledger.java</sourceFile><mutatedClass>lab.safety.Ledger</mutatedClass><mutatedMethod>transfer</mutatedMethod><methodDescription>()V</methodDescription><lineNumber>40</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.VoidMethodCallMutator</mutator><description>removed call to unlock</description></mutation>
                <mutation detected='true' status='TIMED_OUT' numberOfTestsRun='1'><sourceFile>Ledger.java</sourceFile><mutatedClass>lab.safety.Ledger</mutatedClass><mutatedMethod>transfer</mutatedMethod><methodDescription>()V</methodDescription><lineNumber>41</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.NegateConditionalsMutator</mutator><description>negated conditional</description></mutation>
                <mutation detected='false' status='SURVIVED' numberOfTestsRun='3'><sourceFile>Ledger.java</sourceFile><mutatedClass>lab.safety.Ledger</mutatedClass><mutatedMethod>balance</mutatedMethod><methodDescription>()J</methodDescription><lineNumber>55</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.returns.PrimitiveReturnsMutator</mutator><description>replaced long return with 0</description></mutation>
                </mutations>
                """);

        XmlReports.Mutation mutation = XmlReports.mutation(xml);

        assertThat(mutation.total()).isEqualTo(3);
        assertThat(mutation.killed()).isEqualTo(2);
        assertThat(mutation.score()).isCloseTo(66.7, org.assertj.core.data.Offset.offset(0.1));
        assertThat(mutation.survived()).extracting(Object::toString)
                .containsExactly("Ledger.java:55 balance: replaced long return with 0 (survived)");
    }
}
