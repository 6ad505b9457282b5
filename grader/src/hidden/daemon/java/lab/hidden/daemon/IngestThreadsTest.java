package lab.hidden.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lab.daemon.Heartbeat;
import lab.daemon.IngestThreads;
import org.junit.jupiter.api.Test;

class IngestThreadsTest {

    @Test
    void the_heartbeat_runs_on_a_daemon_thread() throws InterruptedException {
        List<String> log = Logs.newLog();
        Thread thread = IngestThreads.startHeartbeat(new Heartbeat(Duration.ofMillis(5), log::add));
        try {
            assertThat(thread.isDaemon())
                    .withFailMessage("The heartbeat thread is not a daemon, so it keeps the JVM alive"
                            + " forever: mark it as daemon before start()")
                    .isTrue();
        } finally {
            stopQuietly(thread);
        }
    }

    @Test
    void start_heartbeat_marks_the_thread_as_daemon_before_starting_it() throws InterruptedException {
        List<String> log = Logs.newLog();
        Thread thread;
        try {
            thread = IngestThreads.startHeartbeat(new Heartbeat(Duration.ofMillis(5), log::add));
        } catch (IllegalThreadStateException setTooLate) {
            throw new AssertionError("startHeartbeat threw IllegalThreadStateException: setDaemon(true) on a"
                    + " thread that has already started is refused. Set the daemon status first, then call"
                    + " start() (or use Thread.ofPlatform().daemon().start(...))", setTooLate);
        }
        try {
            assertThat(thread.getState())
                    .withFailMessage("startHeartbeat returned a thread that was never started: call start()"
                            + " after marking it as daemon")
                    .isNotEqualTo(Thread.State.NEW);
            await().atMost(Duration.ofSeconds(5))
                    .alias("the heartbeat started by startHeartbeat logs its first beat")
                    .until(() -> !log.isEmpty());
        } finally {
            stopQuietly(thread);
        }
    }

    @Test
    void essential_work_runs_on_a_non_daemon_thread_even_when_started_from_a_daemon_thread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Runnable work = () -> awaitQuietly(release);
        try {
            Thread fromUserThread = IngestThreads.startEssential(work);
            assertThat(fromUserThread.isDaemon())
                    .withFailMessage("The essential worker's thread is a daemon: the JVM stops it, records"
                            + " unwritten, as soon as main returns. Start it as a non-daemon thread")
                    .isFalse();

            // a new thread inherits the daemon status of the thread that creates it
            var fromDaemon = new CompletableFuture<Thread>();
            Thread.ofPlatform().daemon().name("hidden-test-daemon-caller").start(() -> {
                try {
                    fromDaemon.complete(IngestThreads.startEssential(work));
                } catch (Throwable t) {
                    fromDaemon.completeExceptionally(t);
                }
            });
            assertThat(fromDaemon.get(5, TimeUnit.SECONDS).isDaemon())
                    .withFailMessage("startEssential, called from a daemon thread, started a daemon thread: a"
                            + " new thread inherits the daemon status of its creator unless you set it."
                            + " Make it a non-daemon explicitly (setDaemon(false) or"
                            + " Thread.ofPlatform().daemon(false))")
                    .isFalse();
        } finally {
            release.countDown();
        }
    }

    @Test
    void stop_joins_a_daemon_heartbeat_until_it_has_really_ended() throws InterruptedException {
        List<String> log = Logs.newLog();
        // the heartbeat's last line takes a while to log, so a stop that does not join returns too early
        var heartbeat = new Heartbeat(Duration.ofMillis(5), Logs.slowOn("heartbeat stopped", Duration.ofMillis(1500), log));
        Thread thread = Thread.ofPlatform().daemon().name("hidden-test-heartbeat").start(heartbeat);
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> !log.isEmpty());

            boolean stopped = IngestThreads.stop(thread, Duration.ofSeconds(5));

            boolean aliveAfterStop = thread.isAlive();
            assertThat(stopped)
                    .withFailMessage("stop(heartbeat, 5 s) returned false, but the heartbeat ends about 1.5 s after"
                            + " an interrupt (its last line is slow to log): interrupt it, then join it with the timeout")
                    .isTrue();
            assertThat(aliveAfterStop)
                    .withFailMessage("stop returned true while the daemon heartbeat was still running (still"
                            + " logging its last line). Daemon threads CAN be joined - the lecture's"
                            + " \"daemonic threads can't be joined\" is wrong: interrupt, then join(timeout)")
                    .isFalse();
            assertThat(log)
                    .withFailMessage("stop returned before the heartbeat had logged its last line: join it")
                    .anyMatch(line -> line.startsWith("heartbeat stopped"));
        } finally {
            stopQuietly(thread);
        }
    }

    @Test
    void stop_gives_up_after_the_timeout_when_the_thread_does_not_end() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread stubborn = Thread.ofPlatform().name("hidden-test-stubborn").start(() -> {
            boolean interrupted = false;
            while (true) {
                try {
                    if (release.await(10, TimeUnit.SECONDS)) {
                        break;
                    }
                } catch (InterruptedException ignored) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            Duration timeout = Duration.ofMillis(200);
            long before = System.nanoTime();
            boolean stopped = IngestThreads.stop(stubborn, timeout);
            Duration took = Duration.ofNanos(System.nanoTime() - before);

            assertThat(stopped)
                    .withFailMessage("stop returned true for a thread that ignores interrupts and was still"
                            + " running: return whether the thread has ended after join(timeout)")
                    .isFalse();
            assertThat(took)
                    .withFailMessage("stop gave up after %d ms, before its timeout of %d ms: join with the timeout",
                            took.toMillis(), timeout.toMillis())
                    .isGreaterThanOrEqualTo(timeout.multipliedBy(9).dividedBy(10));
        } finally {
            release.countDown();
            stubborn.join(Duration.ofSeconds(5));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopQuietly(Thread thread) throws InterruptedException {
        thread.interrupt();
        if (!thread.join(Duration.ofSeconds(5))) {
            fail("A heartbeat thread was still running 5 s after an interrupt: end the heartbeat when"
                    + " the pause throws InterruptedException");
        }
    }
}
