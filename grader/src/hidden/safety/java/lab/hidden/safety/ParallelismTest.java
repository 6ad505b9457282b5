package lab.hidden.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import lab.safety.Ledger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Liveness without needless waiting: two transfers that share no account are inside their
 * critical sections at the same time. Shown by count (both reach a barrier in their journal
 * call), not by timing.
 */
class ParallelismTest {

    private static final Duration MEETING_BOUND = Duration.ofSeconds(5);

    @Test
    void transfers_between_disjoint_accounts_hold_their_locks_at_the_same_time() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        // Two disjoint pairs out of four accounts, in unpredictable directions.
        int[] first = random.nextBoolean() ? new int[] {0, 1} : new int[] {1, 0};
        int[] second = random.nextBoolean() ? new int[] {2, 3} : new int[] {3, 2};
        CyclicBarrier meeting = new CyclicBarrier(2);
        AtomicInteger journaled = new AtomicInteger();
        AtomicInteger met = new AtomicInteger();
        Ledger ledger = new Ledger(entry -> {
            journaled.incrementAndGet();
            try {
                meeting.await(MEETING_BOUND.toMillis(), TimeUnit.MILLISECONDS);
                met.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the other transfer", e);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other transfer never entered its critical section", e);
            }
        }, 1000, 1000, 1000, 1000);

        Workers workers = Workers.start(2, "transfer", index -> {
            int[] pair = index == 0 ? first : second;
            ledger.transfer(pair[0], pair[1], 100);
        });
        try {
            await().atMost(MEETING_BOUND.multipliedBy(2)).pollInterval(Duration.ofMillis(10)).until(workers::allDone);
        } catch (ConditionTimeoutException e) {
            workers.interruptAll();
        }

        String transfers = "transfer %d->%d and transfer %d->%d".formatted(first[0], first[1], second[0], second[1]);
        if (journaled.get() == 0) {
            workers.failure().ifPresent(t -> fail("%s both failed: %s", transfers, Workers.describe(t)));
            fail("Neither %s called the journal: transfer must journal every applied transfer while it holds"
                    + " the locks of both accounts.", transfers);
        }
        assertThat(met.get())
                .withFailMessage("%s share no account, yet they were never inside their critical sections at the"
                        + " same time: one waited %d s for the other (seed %d). One lock is guarding the whole"
                        + " ledger, so every transfer waits for every other. Give each account its own lock and"
                        + " take only the two locks a transfer needs.",
                        transfers, MEETING_BOUND.toSeconds(), seed)
                .isEqualTo(2);
        workers.failure().ifPresent(t -> fail("%s met inside their critical sections, but then one threw %s",
                transfers, Workers.describe(t)));
    }
}
