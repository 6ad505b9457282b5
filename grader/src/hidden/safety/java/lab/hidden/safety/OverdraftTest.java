package lab.hidden.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import lab.safety.JournalEntry;
import lab.safety.Ledger;
import lab.safety.Outcome;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/** Safety: no balance ever goes below zero, however many threads withdraw at the same moment. */
class OverdraftTest {

    private static final int THREADS = 8;

    @Test
    void concurrent_withdrawals_never_take_an_account_below_zero() {
        long seed = System.nanoTime();
        long amount = 10 + new Random(seed).nextInt(990);
        long[] opening = new long[THREADS + 1];
        opening[0] = amount;
        AtomicReference<List<Thread>> others = new AtomicReference<>(List.of());
        AtomicBoolean first = new AtomicBoolean(true);
        // The first transfer to reach its journal waits until every other one is blocked inside the
        // ledger: whatever they checked before that point, they checked before any record moved.
        Ledger ledger = new Ledger(entry -> {
            if (first.getAndSet(false)) {
                waitUntilAllOthersAreBlockedInTheLedger(others.get(), Thread.currentThread());
            }
        }, opening);
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

        Workers workers = Workers.start(THREADS, "withdraw", index -> outcomes.add(ledger.transfer(0, index + 1, amount)));
        others.set(workers.threads());
        awaitDone(workers, seed);

        long[] balances = new long[opening.length];
        Arrays.setAll(balances, ledger::balance);
        long applied = outcomes.stream().filter(Outcome.APPLIED::equals).count();
        assertThat(balances[0])
                .withFailMessage("Account 0 held %d records and %d threads each tried to move all of them at once"
                                + " (seed %d): %d transfers were applied and account 0 ended at %d. A balance must"
                                + " never go negative. Check the balance only AFTER taking the account's lock, in the"
                                + " same critical section that debits it: a check made before the lock is stale by"
                                + " the time you act on it (check-then-act).",
                        amount, THREADS, seed, applied, balances[0])
                .isGreaterThanOrEqualTo(0);
        assertThat(applied)
                .withFailMessage("Account 0 held %d records and %d threads each tried to move all of them at once"
                                + " (seed %d): exactly one transfer can be APPLIED and the others REFUSED, but %d were"
                                + " applied (balances now %s).",
                        amount, THREADS, seed, applied, Arrays.toString(balances))
                .isEqualTo(1);
        assertThat(balances)
                .as("balances after one of the %d withdrawals of all %d records of account 0 succeeded (seed %d):"
                        + " account 0 must be empty, one other account must hold %d, the rest none",
                        THREADS, amount, seed, amount)
                .containsOnly(0, amount)
                .contains(amount);
    }

    @Test
    void a_refused_transfer_changes_no_balance_and_is_not_journaled() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long[] opening = {random.nextInt(100), random.nextInt(100), random.nextInt(100)};
        List<JournalEntry> journal = Collections.synchronizedList(new ArrayList<>());
        Ledger ledger = new Ledger(journal::add, opening);
        long tooMuch = opening[2] + 1 + random.nextInt(100);

        Outcome outcome = ledger.transfer(2, 0, tooMuch);

        long[] balances = new long[opening.length];
        Arrays.setAll(balances, ledger::balance);
        assertThat(outcome)
                .withFailMessage("account 2 holds %d records and was asked for %d (seed %d): the transfer must be"
                        + " REFUSED, but it returned %s", opening[2], tooMuch, seed, outcome)
                .isEqualTo(Outcome.REFUSED);
        assertThat(balances)
                .withFailMessage("after refusing to move %d records out of account 2 (seed %d), balances are %s but"
                        + " were %s: a refused transfer must change nothing",
                        tooMuch, seed, Arrays.toString(balances), Arrays.toString(opening))
                .containsExactly(opening);
        assertThat(journal)
                .as("a refused transfer must not be journaled (seed %d)", seed)
                .isEmpty();
    }

    private static void waitUntilAllOthersAreBlockedInTheLedger(List<Thread> workers, Thread self) {
        try {
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(2)).until(() -> workers.stream()
                    .filter(t -> t != self)
                    .allMatch(OverdraftTest::blockedInTheLedgerOrDone));
        } catch (ConditionTimeoutException proceedAnyway) {
            // A ledger that waits differently (tryLock and back off) may never look blocked: fine.
        }
    }

    private static boolean blockedInTheLedgerOrDone(Thread thread) {
        Thread.State state = thread.getState();
        if (state == Thread.State.TERMINATED) {
            return true;
        }
        if (state == Thread.State.RUNNABLE || state == Thread.State.NEW) {
            return false;
        }
        return Arrays.stream(thread.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("lab.safety."));
    }

    private static void awaitDone(Workers workers, long seed) {
        try {
            await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(10)).until(workers::allDone);
        } catch (ConditionTimeoutException e) {
            workers.interruptAll();
            fail("%d withdrawals from account 0 did not finish within 8 s (seed %d): is a lock never released?",
                    THREADS, seed);
        }
        workers.failure().ifPresent(t -> fail("A transfer threw %s (seed %d): it must apply or refuse.",
                Workers.describe(t), seed));
    }
}
