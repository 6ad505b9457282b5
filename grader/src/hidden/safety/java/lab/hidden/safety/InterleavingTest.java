package lab.hidden.safety;

import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import lab.safety.Ledger;
import lab.safety.Outcome;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.LincheckAssertionError;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Validate;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.junit.jupiter.api.Test;

/**
 * Correctness and safety by model checking: Lincheck runs two threads' calls on a three-account
 * ledger and drives them through their interleavings, switching threads between any two reads or
 * writes of shared memory, then checks that the ledger's promises still hold. Where the stress tests
 * ({@link LostUpdateTest}, {@link OverdraftTest}) only see that something went wrong, this shows
 * the student the exact order of steps that breaks the ledger, with the lines of their code.
 *
 * <p>The scenarios are fixed, not random: each is a pair of calls that a common mistake lets
 * interfere, so a mistake is found in every grading and at the same small cost. Every transfer goes
 * from a lower to a higher account id, so no lock order can deadlock here: a deadlock is
 * {@link DeadlockTest}'s business. The sequential behaviour Lincheck compares against is the
 * student's own ledger called one call at a time, so only concurrency can fail this test.
 *
 * <p>Lincheck 2.26 loads this class and the student's through a class loader of its own that rewrites
 * them (no Java agent), and runs them on its own copies of {@code java.util.concurrent}: the test JVM
 * needs the JDK access that {@code RunnerSettings.modelCheckerAccess} lists. Public, with public
 * operations: Lincheck creates an instance per run and calls them by reflection.
 */
public class InterleavingTest {

    private static final long[] OPENING = {2, 2, 0};
    private static final long OPENING_TOTAL = sum(OPENING);
    /**
     * Bounds the interleavings tried per scenario. Two calls have few: the fixtures' lost update and
     * check-then-act are found with 10 (not with 5), so 30 leaves a margin of three. Most of the test's
     * time is Lincheck rewriting classes, not the interleavings.
     */
    private static final int INVOCATIONS_PER_SCENARIO = 30;

    private final Ledger ledger = new Ledger(OPENING);

    @Operation
    public Outcome transfer(int from, int to, int amount) {
        return ledger.transfer(from, to, amount);
    }

    @Operation
    public long total() {
        return ledger.total();
    }

    /** Checked after each run: the invariants, in words a student reads in the feedback. */
    @Validate
    public void theLedgersPromisesHold() {
        long sum = 0;
        for (int account = 0; account < OPENING.length; account++) {
            long balance = ledger.balance(account);
            if (balance < 0) {
                throw new BrokenPromise("safety: account " + account + " ended with a negative balance (" + balance + ")");
            }
            sum += balance;
        }
        if (sum != OPENING_TOTAL) {
            throw new BrokenPromise("correctness: the balances add up to " + sum + " records, but the ledger opened with "
                    + OPENING_TOTAL + " and transfers only move records");
        }
    }

    @Test
    void no_interleaving_of_two_threads_loses_an_update_overdraws_or_shows_a_half_done_transfer() {
        ModelCheckingOptions options = new ModelCheckingOptions()
                // two transfers into the same account from different ones: the lost update
                .addCustomScenario(twoThreads(call("transfer", 0, 2, 1), call("transfer", 1, 2, 1)))
                // one account credited by one transfer and debited by the other
                .addCustomScenario(twoThreads(call("transfer", 0, 1, 1), call("transfer", 1, 2, 2)))
                // two debits of one account that together exceed its balance: check-then-act
                .addCustomScenario(twoThreads(call("transfer", 0, 1, 2), call("transfer", 0, 2, 1)))
                // a snapshot taken while a transfer runs must not see it half-applied
                .addCustomScenario(twoThreads(call("transfer", 0, 2, 1), call("total")))
                .iterations(0)
                .invocationsPerIteration(INVOCATIONS_PER_SCENARIO);
        try {
            new LinChecker(InterleavingTest.class, options).check();
        } catch (LincheckAssertionError e) {
            fail(InterleavingFeedback.of(e.getMessage()));
        } catch (LinkageError e) {
            // Lincheck's copy of a JDK class could not be linked (its copy of java.util.stream cannot): say where
            fail(InterleavingFeedback.of(stackTrace(e)));
        }
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** A loop, not a stream: this class runs on Lincheck's copies of java.util, whose streams do not link. */
    private static long sum(long[] balances) {
        long sum = 0;
        for (long balance : balances) {
            sum += balance;
        }
        return sum;
    }

    private static ExecutionScenario twoThreads(Actor first, Actor second) {
        return new ExecutionScenario(List.of(), List.of(List.of(first), List.of(second)), List.of(), null);
    }

    /** One call of an operation; the flags after the arguments are about Kotlin coroutines, which a ledger has none of. */
    private static Actor call(String operation, Object... arguments) {
        Method method = Arrays.stream(InterleavingTest.class.getMethods())
                .filter(m -> m.getName().equals(operation) && m.isAnnotationPresent(Operation.class))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operation));
        return new Actor(method, List.of(arguments), false, false, false, false, false, false);
    }

    /** A promise of the ledger that did not hold after a run; its message is for the student. */
    public static final class BrokenPromise extends IllegalStateException {
        BrokenPromise(String message) {
            super(message);
        }
    }
}
