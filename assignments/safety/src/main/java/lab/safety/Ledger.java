package lab.safety;

/**
 * A ledger of record counts for the staging shards of an ingest pipeline. Account {@code i}
 * (from {@code 0} to {@code accounts() - 1}) is one shard; its balance is how many records it
 * holds. Rebalancing moves records from one shard to another with {@link #transfer}, from many
 * threads at once.
 *
 * <p>Every method may be called from any number of threads at the same time, and the ledger
 * keeps three promises while they do:
 * <ul>
 *   <li><b>correctness</b>: transfers only move records, so the total never changes, and each
 *       balance ends up exactly as the applied transfers say;</li>
 *   <li><b>safety</b>: no balance is ever negative: a transfer of more records than the source
 *       holds is refused, not applied;</li>
 *   <li><b>liveness</b>: every call returns; transfers never wait for each other forever, and
 *       transfers that share no account do not wait for each other at all.</li>
 * </ul>
 * Each account is guarded by its own explicit lock from {@code java.util.concurrent.locks}.
 */
public final class Ledger {

    /**
     * Creates a ledger whose account {@code i} opens with {@code openingBalances[i]} records.
     *
     * @param journal         receives an entry for every applied transfer, see {@link #transfer}
     * @param openingBalances at least two balances, none negative (the array is copied)
     * @throws IllegalArgumentException if there are fewer than two accounts or a balance is negative
     * @throws NullPointerException     if {@code journal} or {@code openingBalances} is null
     */
    public Ledger(Journal journal, long... openingBalances) {
        throw new UnsupportedOperationException("safety: not implemented yet");
    }

    /**
     * Creates a ledger that journals nothing; same as {@code new Ledger(Journal.none(), openingBalances)}.
     *
     * @param openingBalances at least two balances, none negative (the array is copied)
     */
    public Ledger(long... openingBalances) {
        this(Journal.none(), openingBalances);
    }

    /** @return the number of accounts; account ids run from {@code 0} to {@code accounts() - 1} */
    public int accounts() {
        throw new UnsupportedOperationException("safety: not implemented yet");
    }

    /**
     * Reads one balance while holding that account's lock, so it never sees a transfer half-applied.
     * Blocks while a transfer involving the account is in progress.
     *
     * @param account an account id
     * @return the number of records the account holds, never negative
     * @throws IllegalArgumentException if there is no such account
     */
    public long balance(int account) {
        throw new UnsupportedOperationException("safety: not implemented yet");
    }

    /**
     * Adds up all balances as one consistent snapshot: no transfer is half-applied in the sum,
     * so while only transfers run, the result is always the opening total.
     *
     * @return the total number of records in the ledger
     */
    public long total() {
        throw new UnsupportedOperationException("safety: not implemented yet");
    }

    /**
     * Moves {@code amount} records from account {@code from} to account {@code to}, atomically
     * with respect to every other method of this ledger.
     *
     * <p>While holding the locks of both accounts, the transfer checks the balance of {@code from}:
     * if it holds fewer than {@code amount} records, the transfer changes nothing, journals
     * nothing and returns {@link Outcome#REFUSED}. Otherwise it calls the journal exactly once with
     * the balances both accounts will have, then applies them and returns {@link Outcome#APPLIED}.
     * If the journal throws, no balance changes, both locks are released and the journal's
     * exception propagates unchanged.
     *
     * <p>The call blocks while other transfers hold either account, but never forever: two
     * transfers in opposite directions between the same accounts both complete. Waiting for a
     * lock is never a reason to give up: a transfer is refused only for lack of records.
     *
     * @param from   the account the records leave
     * @param to     the account the records arrive in, different from {@code from}
     * @param amount how many records to move, positive
     * @return {@link Outcome#APPLIED} or {@link Outcome#REFUSED}
     * @throws IllegalArgumentException if an account does not exist, {@code from == to} or {@code amount <= 0}
     */
    public Outcome transfer(int from, int to, long amount) {
        throw new UnsupportedOperationException("safety: not implemented yet");
    }
}
