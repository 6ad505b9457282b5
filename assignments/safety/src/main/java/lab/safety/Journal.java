package lab.safety;

/**
 * Where a {@link Ledger} writes down each transfer before applying it, as a warehouse writes
 * its load journal before it touches a table. Tests use it to look inside a transfer while it
 * runs; it may block for a while or throw.
 */
@FunctionalInterface
public interface Journal {

    /**
     * Records one transfer. Called by {@link Ledger#transfer} for every transfer it applies,
     * exactly once, on the thread that called {@code transfer}.
     *
     * @param entry the transfer and the balances it will leave behind
     * @throws RuntimeException if the entry cannot be recorded; the transfer is then not applied
     */
    void record(JournalEntry entry);

    /** A journal that records nothing. */
    static Journal none() {
        return entry -> { };
    }
}
