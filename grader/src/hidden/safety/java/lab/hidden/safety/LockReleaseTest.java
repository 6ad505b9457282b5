package lab.hidden.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import lab.safety.Ledger;
import lab.safety.Outcome;
import org.junit.jupiter.api.Test;

/** Liveness after a failure: an exception inside a transfer must not leave a lock held. */
class LockReleaseTest {

    @Test
    void a_journal_failure_releases_both_locks_and_applies_nothing() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long fromBalance = 100 + random.nextInt(900);
        long toBalance = random.nextInt(1000);
        long amount = 1 + random.nextInt((int) fromBalance);
        RuntimeException diskFull = new IllegalStateException("journal disk full");
        AtomicBoolean failNext = new AtomicBoolean(true);
        Ledger ledger = new Ledger(entry -> {
            if (failNext.getAndSet(false)) {
                throw diskFull;
            }
        }, fromBalance, toBalance);

        assertThatThrownBy(() -> ledger.transfer(0, 1, amount))
                .as("the journal threw while transferring %d records from account 0 to 1: transfer must let that"
                        + " very exception propagate to its caller (seed %d)", amount, seed)
                .isSameAs(diskFull);

        // From another thread: a reentrant lock that was never released would let this thread back in.
        long from = onAnotherThread(() -> ledger.balance(0), "reading account 0", seed);
        long to = onAnotherThread(() -> ledger.balance(1), "reading account 1", seed);
        assertThat(new long[] {from, to})
                .withFailMessage("the journal failed, so the transfer must not be applied (seed %d): balances should"
                        + " still be [%d, %d] but are [%d, %d]. Journal first, then write the new balances.",
                        seed, fromBalance, toBalance, from, to)
                .containsExactly(fromBalance, toBalance);
        Outcome retry = onAnotherThread(() -> ledger.transfer(0, 1, amount), "retrying the transfer", seed);
        assertThat(retry)
                .as("retrying the transfer once the journal works again should apply it (seed %d)", seed)
                .isEqualTo(Outcome.APPLIED);
    }

    private static <T> T onAnotherThread(Supplier<T> action, String what, long seed) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(action.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "after-failure");
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            return fail("After the journal threw, %s from another thread waited 5 s for a lock (seed %d): the failed"
                    + " transfer left a lock held. Unlock in a finally block, so that an exception never leaves a"
                    + " lock behind.", what, seed);
        } catch (ExecutionException e) {
            return fail("After the journal threw, %s from another thread failed with %s (seed %d)",
                    what, Workers.describe(e.getCause()), seed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while %s", what);
        }
    }
}
