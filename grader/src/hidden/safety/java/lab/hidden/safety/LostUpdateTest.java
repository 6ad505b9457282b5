package lab.hidden.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import lab.safety.Ledger;
import lab.safety.Outcome;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Correctness: many threads transfer at once and no record is created or lost. Every transfer
 * goes from a lower to a higher account id, so this test cannot deadlock whatever order the
 * locks are taken in: it measures lost updates only.
 */
class LostUpdateTest {

    private static final int ACCOUNTS = 6;
    private static final int THREADS = 8;
    private static final int TRANSFERS_PER_THREAD = 500;

    private record Run(long seed, long[] opening, long[] expected, Ledger ledger) {
    }

    @Test
    void concurrent_transfers_keep_the_total_constant() {
        Run run = stress();
        long openingTotal = Arrays.stream(run.opening()).sum();
        long[] finalBalances = balances(run.ledger());
        long finalTotal = Arrays.stream(finalBalances).sum();

        assertThat(finalTotal)
                .withFailMessage("After %d threads x %d concurrent transfers (seed %d) the ledger holds %d records,"
                                + " but it opened with %d and transfers only move records: %d records were %s."
                                + " Updates were lost: two transfers read the same balance and the second write"
                                + " overwrote the first. Hold the locks of BOTH accounts from reading their balances"
                                + " until both new balances are written.",
                        THREADS, TRANSFERS_PER_THREAD, run.seed(), finalTotal, openingTotal,
                        Math.abs(finalTotal - openingTotal), finalTotal > openingTotal ? "created" : "lost")
                .isEqualTo(openingTotal);
        assertThat(run.ledger().total())
                .withFailMessage("total() returned %d, but the balances add up to %d: total() must sum every"
                        + " account", run.ledger().total(), finalTotal)
                .isEqualTo(finalTotal);
    }

    @Test
    void every_balance_matches_the_transfers_that_were_applied() {
        Run run = stress();
        long[] finalBalances = balances(run.ledger());

        for (int account = 0; account < ACCOUNTS; account++) {
            assertThat(finalBalances[account])
                    .withFailMessage("After %d threads x %d concurrent transfers (seed %d) account %d holds %d records,"
                                    + " but it opened with %d and the transfers reported APPLIED leave it with %d."
                                    + " A transfer's update was lost or applied twice: guard each account's balance"
                                    + " with its lock for the whole read-check-write of the transfer.",
                            THREADS, TRANSFERS_PER_THREAD, run.seed(), account, finalBalances[account],
                            run.opening()[account], run.expected()[account])
                    .isEqualTo(run.expected()[account]);
        }
    }

    private static Run stress() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long[] opening = new long[ACCOUNTS];
        Arrays.setAll(opening, account -> 50_000 + random.nextInt(50_000));
        // Now and then the journal gives up the CPU mid-transfer, as one writing to disk would.
        Ledger ledger = new Ledger(entry -> {
            if (ThreadLocalRandom.current().nextInt(8) == 0) {
                Thread.yield();
            }
        }, opening);
        AtomicLongArray expected = new AtomicLongArray(opening);
        long[] threadSeeds = random.longs(THREADS).toArray();

        Workers workers = Workers.start(THREADS, "transfer", index -> {
            Random mine = new Random(threadSeeds[index]);
            for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                int from = mine.nextInt(ACCOUNTS - 1);
                int to = from + 1 + mine.nextInt(ACCOUNTS - 1 - from);
                long amount = 1 + mine.nextInt(50);
                if (ledger.transfer(from, to, amount) == Outcome.APPLIED) {
                    expected.addAndGet(from, -amount);
                    expected.addAndGet(to, amount);
                }
            }
        });
        try {
            await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(10)).until(workers::allDone);
        } catch (ConditionTimeoutException e) {
            workers.interruptAll();
            fail("%d threads x %d transfers (seed %d) did not finish within 8 s. Every transfer here goes from a"
                    + " lower to a higher account id; are transfers waiting for a lock nobody releases?",
                    THREADS, TRANSFERS_PER_THREAD, seed);
        }
        workers.failure().ifPresent(t -> fail("A transfer threw %s (seed %d). transfer must move the records or"
                + " refuse, and never fail because other threads transfer at the same time.",
                Workers.describe(t), seed));
        long[] expectedBalances = new long[ACCOUNTS];
        Arrays.setAll(expectedBalances, expected::get);
        return new Run(seed, opening, expectedBalances, ledger);
    }

    private static long[] balances(Ledger ledger) {
        long[] balances = new long[ACCOUNTS];
        Arrays.setAll(balances, ledger::balance);
        return balances;
    }
}
