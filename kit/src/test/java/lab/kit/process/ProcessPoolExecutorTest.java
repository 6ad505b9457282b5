package lab.kit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import lab.kit.http.Page;
import lab.kit.http.TestHttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tests that share one pool of two workers (JVM start-ups are the expensive part). */
class ProcessPoolExecutorTest {
    private static ProcessPoolExecutor pool;

    @BeforeAll
    static void startPool() {
        pool = new ProcessPoolExecutor(2);
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    @Test
    void map_returns_results_in_input_order_even_when_later_elements_finish_first() throws Exception {
        long seed = System.nanoTime();
        List<Integer> inputs = new Random(seed).ints(12, 0, 1000).boxed().toList();
        // earlier elements sleep longer, so they finish later
        List<Integer> squares = pool.map(x -> {
            sleep(Math.max(0, 60 - x % 60));
            return x * x;
        }, inputs);
        assertThat(squares).as("seed %d", seed)
                .containsExactlyElementsOf(inputs.stream().map(x -> x * x).toList());
    }

    @Test
    void map_throws_the_first_failing_elements_exception_when_it_is_reached() {
        List<Integer> inputs = List.of(1, 2, 3, 4, 5, 6);
        // element 4 fails at once, element 2 fails later: element 2 is reached first
        assertThatThrownBy(() -> pool.map(x -> {
            if (x == 2) {
                sleep(200);
                throw new IllegalStateException("bad element " + x);
            }
            if (x == 4) {
                throw new IllegalArgumentException("bad element " + x);
            }
            return x;
        }, inputs))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("element 1 of 6")
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("bad element 2");
    }

    @Test
    void tasks_run_in_worker_processes_other_than_the_caller() throws Exception {
        long parent = pid();
        Future<Long> where = pool.submit(ProcessPoolExecutorTest::pid);
        assertThat(where.get(20, TimeUnit.SECONDS)).isNotEqualTo(parent).isIn(pool.workerPids());
    }

    @Test
    void at_most_workers_tasks_run_at_once_counted_by_distinct_pids_and_peak_in_flight() throws Exception {
        try (var server = TestHttpServer.start()) {
            var gate = server.gate();
            server.page("/held", Page.ok("x").heldBy(gate));
            String url = server.uri("/held").toString();
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> {
                    try (var in = java.net.URI.create(url).toURL().openStream()) {
                        in.readAllBytes();
                    }
                    return pid();
                }));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> server.inFlight() == 2);
            gate.open();
            var pids = new HashSet<Long>();
            for (Future<Long> f : futures) {
                pids.add(f.get(20, TimeUnit.SECONDS));
            }
            assertThat(server.peakInFlight()).as("peak requests in flight").isEqualTo(2);
            assertThat(pids).as("distinct worker pids").hasSize(2).doesNotContain(pid());
        }
    }

    @Test
    void a_task_that_throws_fails_with_the_remote_exceptions_type_message_and_stack() {
        Future<Object> future = pool.submit(() -> {
            throw new ArithmeticException("division by zero in record 17");
        });
        assertThatThrownBy(() -> future.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ArithmeticException.class)
                .hasMessage("division by zero in record 17")
                .satisfies(cause -> assertThat(cause.getStackTrace()).extracting(StackTraceElement::getClassName)
                        .anyMatch(name -> name.startsWith(ProcessPoolExecutorTest.class.getName())));
    }

    static final class Unshippable extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("unused")
        private final transient Object ok = new Object();
        @SuppressWarnings({"unused", "serial"})
        private final Object notSerialisable = new Object();

        Unshippable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Test
    void an_exception_that_cannot_be_copied_back_arrives_as_a_remote_task_exception_naming_its_class() {
        Future<Object> future = pool.submit(() -> {
            throw new Unshippable("cannot travel", new IllegalStateException("root cause"));
        });
        assertThatThrownBy(() -> future.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(RemoteTaskException.class, remote -> {
                    assertThat(remote.remoteClassName()).isEqualTo(Unshippable.class.getName());
                    assertThat(remote.getMessage()).isEqualTo("cannot travel");
                    assertThat(remote.getStackTrace()).isNotEmpty();
                    assertThat(remote.getCause()).isInstanceOfSatisfying(RemoteTaskException.class,
                            cause -> assertThat(cause.remoteClassName()).isEqualTo("java.lang.IllegalStateException"));
                });
    }

    @Test
    void a_task_that_is_not_serialisable_is_rejected_at_submit_naming_the_class() {
        var notSerialisable = new Object() {
            @Override
            public String toString() {
                return "captured";
            }
        };
        assertThatThrownBy(() -> pool.submit(() -> notSerialisable.toString()))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining(notSerialisable.getClass().getName())
                .hasMessageContaining("not serialisable");
        java.util.concurrent.Callable<String> plain = () -> "plain";
        assertThatThrownBy(() -> pool.submit(plain))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("not serialisable");
    }

    @Test
    void a_result_that_is_not_serialisable_fails_its_task_with_a_clear_message() {
        Future<Object> future = pool.submit(() -> (Object) new Thread("unshippable"));
        assertThatThrownBy(() -> future.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().hasMessageContaining("java.lang.Thread").hasMessageContaining("Serializable");
    }

    @Test
    void what_tasks_print_on_system_out_does_not_corrupt_the_channel() throws Exception {
        List<Integer> results = pool.map(x -> {
            for (int i = 0; i < 50; i++) {
                System.out.println("noise " + i + " ".repeat(200));
            }
            return x + 1;
        }, List.of(1, 2, 3));
        assertThat(results).containsExactly(2, 3, 4);
    }

    @Test
    void large_arguments_and_results_travel_intact() throws Exception {
        byte[] big = new byte[3_000_000];
        new Random(7).nextBytes(big);
        byte[] echoed = pool.submit(() -> big.clone()).get(20, TimeUnit.SECONDS);
        assertThat(echoed).isEqualTo(big);
    }

    @Test
    void a_worker_that_calls_system_exit_fails_only_its_task_and_is_replaced() throws Exception {
        Future<Object> exits = pool.submit(() -> {
            System.exit(3);
            return null;
        });
        assertThatThrownBy(() -> exits.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(WorkerDiedException.class,
                        died -> assertThat(died.exitCode()).isEqualTo(3))
                .hasMessageContaining("exit code 3");
        assertThat(pool.map(x -> x * 2, IntStream.range(0, 8).boxed().toList()))
                .containsExactly(0, 2, 4, 6, 8, 10, 12, 14);
        await().atMost(Duration.ofSeconds(20)).until(() -> pool.workerPids().size() == 2);
    }

    @Test
    void a_killed_worker_fails_only_its_task_and_the_other_workers_task_completes() throws Exception {
        Future<String> slow = pool.submit(() -> {
            Thread.sleep(300);
            return "survived";
        });
        Future<Object> killed = pool.submit(() -> {
            new ProcessBuilder("kill", "-9", Long.toString(pid())).start().waitFor();
            Thread.sleep(10_000);
            return null;
        });
        assertThatThrownBy(() -> killed.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(WorkerDiedException.class,
                        died -> assertThat(died.exitCode()).isEqualTo(137));
        assertThat(slow.get(20, TimeUnit.SECONDS)).isEqualTo("survived");
        assertThat(pool.submit(() -> "recovered").get(20, TimeUnit.SECONDS)).isEqualTo("recovered");
    }

    @Test
    void cancel_with_interrupt_stops_a_running_task_and_the_worker_serves_the_next() throws Exception {
        Future<String> sleeper = pool.submit(() -> {
            Thread.sleep(60_000);
            return "slept";
        });
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> pool.toString().contains("queued=0"));
        assertThat(sleeper.cancel(true)).isTrue();
        assertThat(sleeper.isCancelled()).isTrue();
        // both workers answer promptly: the interrupted one is free again
        assertThat(pool.map(x -> x, List.of(1, 2, 3, 4))).containsExactly(1, 2, 3, 4);
        assertThat(pool.invokeAll(List.<SerializableCallable<Long>>of(ProcessPoolExecutorTest::pid,
                ProcessPoolExecutorTest::pid), 20, TimeUnit.SECONDS)).allMatch(Future::isDone)
                .noneMatch(Future::isCancelled);
    }

    @Test
    void invoke_all_returns_done_futures_in_task_order() throws Exception {
        List<SerializableCallable<Integer>> tasks = List.of(() -> {
            Thread.sleep(100);
            return 1;
        }, () -> 2, () -> {
            throw new IllegalStateException("three");
        });
        List<Future<Integer>> futures = pool.invokeAll(tasks);
        assertThat(futures).allMatch(Future::isDone);
        assertThat(futures.get(0).get()).isEqualTo(1);
        assertThat(futures.get(1).get()).isEqualTo(2);
        assertThatThrownBy(() -> futures.get(2).get()).cause().hasMessage("three");
    }

    @Test
    void invoke_all_with_a_timeout_cancels_what_did_not_finish() throws Exception {
        List<SerializableCallable<String>> tasks = List.of(() -> "quick", () -> {
            Thread.sleep(60_000);
            return "slow";
        });
        List<Future<String>> futures = pool.invokeAll(tasks, 4, TimeUnit.SECONDS);
        assertThat(futures.get(0).get()).isEqualTo("quick");
        assertThat(futures.get(1).isCancelled()).isTrue();
    }

    @Test
    void invoke_any_returns_a_successful_result_and_skips_failures() throws Exception {
        List<SerializableCallable<String>> tasks = List.of(() -> {
            throw new IllegalStateException("first fails");
        }, () -> "second succeeds");
        assertThat(pool.invokeAny(tasks)).isEqualTo("second succeeds");
    }

    @Test
    void invoke_any_fails_when_every_task_fails() {
        List<SerializableCallable<String>> tasks = List.of(() -> {
            throw new IllegalStateException("one");
        }, () -> {
            throw new IllegalStateException("two");
        });
        assertThatThrownBy(() -> pool.invokeAny(tasks)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void serialisable_runnables_are_accepted_and_plain_ones_rejected() throws Exception {
        Runnable serialisable = (Runnable & Serializable) () -> System.out.println("ran");
        assertThat(pool.submit(serialisable, "done").get(20, TimeUnit.SECONDS)).isEqualTo("done");
        Runnable plain = () -> { };
        assertThatThrownBy(() -> pool.execute(plain)).isInstanceOf(RejectedExecutionException.class);
    }
}
