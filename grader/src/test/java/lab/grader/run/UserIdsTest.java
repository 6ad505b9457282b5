package lab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test JVM's user id is its own on the whole machine: leased through a file lock, freed when closed. */
class UserIdsTest {

    @TempDir
    Path folder;

    @Test
    void ids_held_at_once_differ_and_a_closed_one_is_handed_out_again() {
        try (UserIds.Lease first = UserIds.lease(folder); UserIds.Lease second = UserIds.lease(folder)) {
            assertThat(first.uid()).isEqualTo(UserIds.BASE + 1);
            assertThat(second.uid()).isEqualTo(UserIds.BASE + 2);
            first.close();
            try (UserIds.Lease third = UserIds.lease(folder)) {
                assertThat(third.uid()).as("the lowest free id").isEqualTo(UserIds.BASE + 1);
                assertThat(second.lock().isValid()).as("leasing again left the other lease's lock alone").isTrue();
            }
        }
    }

    // another process, not another thread: only a lock held by another process is the kernel's to refuse
    @Test
    void an_id_another_process_holds_is_not_handed_out_until_that_process_ends() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldsOneId.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try {
            var reader = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(reader.readLine()).as("the other process's id").isEqualTo(Integer.toString(UserIds.BASE + 1));
            try (UserIds.Lease mine = UserIds.lease(folder)) {
                assertThat(mine.uid()).isEqualTo(UserIds.BASE + 2);
            }
        } finally {
            other.destroyForcibly();
        }
        assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (UserIds.Lease mine = UserIds.lease(folder)) {
            assertThat(mine.uid()).as("the kernel freed the id with the process that held it").isEqualTo(UserIds.BASE + 1);
        }
    }

    /** Another grader: leases an id, says which, and holds it until killed. */
    static final class HoldsOneId {
        public static void main(String[] args) throws Exception {
            try (UserIds.Lease lease = UserIds.lease(Path.of(args[0]))) {
                System.out.println(lease.uid());
                System.out.flush();
                System.in.read(); // held until the test kills this process
            }
        }
    }
}
