package lab.grader.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LeftoversTest {

    @Test
    void a_thread_the_tests_left_running_spends_the_jvm() throws Exception {
        Leftovers leftovers = Leftovers.baseline();
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = waitingFor(release, Thread.ofPlatform().name("student-worker"));
        try {
            assertThat(leftovers.check()).contains("1 thread(s) still running").contains("student-worker");
        } finally {
            release.countDown();
            worker.join();
        }
        assertThat(leftovers.check()).as("once the thread has ended, the JVM can serve another request").isNull();
    }

    @Test
    void a_virtual_thread_the_tests_left_waiting_spends_the_jvm() throws Exception {
        Leftovers leftovers = Leftovers.baseline();
        CountDownLatch release = new CountDownLatch(1);
        Thread waiting = waitingFor(release, Thread.ofVirtual().name("student-virtual"));
        try {
            assertThat(leftovers.check()).contains("1 virtual thread(s) still running").contains("student-virtual");
        } finally {
            release.countDown();
            waiting.join();
        }
        assertThat(leftovers.check()).isNull();
    }

    @Test
    void idle_carriers_of_virtual_threads_are_no_leftovers() throws Exception {
        Leftovers leftovers = Leftovers.baseline();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            executor.submit(() -> 42).get();
        }
        assertThat(leftovers.check()).isNull();
    }

    @Test
    void a_process_the_tests_left_running_spends_the_jvm() throws Exception {
        Leftovers leftovers = Leftovers.baseline();
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(leftovers.check()).contains("1 process(es) still running");
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
        assertThat(leftovers.check()).isNull();
    }

    @Test
    void a_system_property_a_test_set_is_put_back() throws Exception {
        Leftovers leftovers = Leftovers.baseline();
        System.setProperty("lab.leftovers.test", "set by a test");
        try {
            leftovers.check();
            assertThat(System.getProperty("lab.leftovers.test")).isNull();
        } finally {
            System.clearProperty("lab.leftovers.test");
        }
    }

    @Test
    void the_standard_streams_a_test_replaced_are_put_back() throws Exception {
        PrintStream out = System.out;
        Leftovers leftovers = Leftovers.baseline();
        System.setOut(new PrintStream(new ByteArrayOutputStream()));
        try {
            leftovers.check();
            assertThat(System.out).isSameAs(out);
        } finally {
            System.setOut(out);
        }
    }

    /** A thread of {@code builder} that waits until {@code release} opens: what a student's test left running. */
    private static Thread waitingFor(CountDownLatch release, Thread.Builder builder) {
        return builder.start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
