package lab.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A first check of the ledger, on one thread. The grader's hidden tests go further: they run
 * thousands of transfers from many threads at once and look for lost updates, negative
 * balances, deadlocks and transfers that wait for no reason.
 */
class LedgerPublicTest {

    @Test
    void a_transfer_moves_records_from_one_account_to_the_other() {
        Ledger ledger = new Ledger(100, 20, 0);

        Outcome outcome = ledger.transfer(0, 2, 30);

        assertThat(outcome)
                .as("moving 30 of the 100 records of account 0 to account 2 should be applied")
                .isEqualTo(Outcome.APPLIED);
        assertThat(List.of(ledger.balance(0), ledger.balance(1), ledger.balance(2)))
                .as("balances after moving 30 records from account 0 to account 2: "
                        + "take the amount from the source and add it to the target")
                .containsExactly(70L, 20L, 30L);
        assertThat(ledger.total())
                .as("a transfer only moves records: the total must stay 120")
                .isEqualTo(120L);
    }

    @Test
    void an_overdraft_is_refused_and_changes_nothing() {
        List<JournalEntry> journal = new ArrayList<>();
        Ledger ledger = new Ledger(journal::add, 10, 5);

        Outcome outcome = ledger.transfer(1, 0, 6);

        assertThat(outcome)
                .as("account 1 holds 5 records and cannot give 6: the transfer must be REFUSED, not applied")
                .isEqualTo(Outcome.REFUSED);
        assertThat(List.of(ledger.balance(0), ledger.balance(1)))
                .as("a refused transfer must leave every balance as it was")
                .containsExactly(10L, 5L);
        assertThat(journal)
                .as("a refused transfer must not be journaled")
                .isEmpty();
    }

    @Test
    void the_journal_sees_each_applied_transfer_with_the_balances_it_leaves() {
        List<JournalEntry> journal = new ArrayList<>();
        Ledger ledger = new Ledger(journal::add, 50, 50, 50);

        ledger.transfer(0, 1, 20);
        ledger.transfer(2, 0, 5);

        assertThat(journal)
                .as("one journal entry per applied transfer, in order, with the balances after it")
                .containsExactly(
                        new JournalEntry(0, 1, 20, 30, 70),
                        new JournalEntry(2, 0, 5, 45, 35));
    }
}
