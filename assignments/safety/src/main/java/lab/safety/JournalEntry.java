package lab.safety;

/**
 * One line of the ledger's journal: a transfer about to be applied, with the balances both
 * accounts will hold once it is.
 *
 * @param from        the account the records leave
 * @param to          the account the records arrive in
 * @param amount      how many records move (positive)
 * @param fromBalance the balance of {@code from} after the transfer (never negative)
 * @param toBalance   the balance of {@code to} after the transfer
 */
public record JournalEntry(int from, int to, long amount, long fromBalance, long toBalance) {
}
