package lab.hidden.safety;

import static org.awaitility.Awaitility.await;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import lab.safety.Ledger;

/**
 * Finds deadlocked worker threads and tells the student, in accounts rather than lock objects,
 * which thread holds what and waits for what.
 */
final class DeadlockReport {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private DeadlockReport() {
    }

    /** @return the ids of deadlocked threads among {@code workers}, empty if there are none */
    static long[] deadlocked(List<Thread> workers) {
        long[] all = MX.findDeadlockedThreads();
        if (all == null) {
            return new long[0];
        }
        Set<Long> ours = workers.stream().map(Thread::threadId).collect(Collectors.toSet());
        return Arrays.stream(all).filter(ours::contains).toArray();
    }

    /**
     * Whether the suspected threads stay stuck for {@code window}: none of them wakes up in between.
     * A snapshot of threads in timed {@code tryLock} waits can look like a cycle for a moment;
     * they time out, back off and go on, so only a cycle that lasts is a deadlock.
     */
    static boolean persists(long[] suspects, Duration window) {
        ThreadInfo[] before = MX.getThreadInfo(suspects);
        try {
            await("deadlocked threads to stay stuck").during(window).atMost(window.multipliedBy(2))
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> noneWokeUp(suspects, before));
        } catch (ConditionTimeoutException oneWokeUp) {
            return false;
        }
        long[] still = MX.findDeadlockedThreads();
        return still != null && Arrays.stream(still).anyMatch(id -> id == suspects[0]);
    }

    private static boolean noneWokeUp(long[] suspects, ThreadInfo[] before) {
        ThreadInfo[] now = MX.getThreadInfo(suspects);
        for (int i = 0; i < suspects.length; i++) {
            if (before[i] == null || now[i] == null
                    || before[i].getWaitedCount() != now[i].getWaitedCount()
                    || before[i].getBlockedCount() != now[i].getBlockedCount()
                    || now[i].getThreadState() == Thread.State.RUNNABLE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Describes the deadlock. {@code doing} says what a worker was doing (by thread name), e.g.
     * "moving 12 records from account 2 to account 5".
     */
    static String describe(long[] ids, Ledger ledger, Map<String, String> doing) {
        ThreadInfo[] infos = MX.getThreadInfo(ids, true, true);
        Map<Integer, Integer> accountOfLock = accountsOfLocks(ledger);
        IntFunction<String> lockName = hash -> accountOfLock.containsKey(hash)
                ? "the lock of account " + accountOfLock.get(hash)
                : "a lock (" + hash + ")";
        // findDeadlockedThreads also lists threads queued behind the cycle; report those in it first.
        List<ThreadInfo> holding = Arrays.stream(infos)
                .filter(info -> info != null && (info.getLockedSynchronizers().length > 0 || info.getLockedMonitors().length > 0))
                .toList();
        List<String> lines = new ArrayList<>();
        for (ThreadInfo info : holding.isEmpty() ? Arrays.asList(infos) : holding) {
            if (info == null) {
                continue;
            }
            List<String> held = new ArrayList<>();
            for (LockInfo lock : info.getLockedSynchronizers()) {
                held.add(lockName.apply(lock.getIdentityHashCode()));
            }
            for (MonitorInfo monitor : info.getLockedMonitors()) {
                held.add(lockName.apply(monitor.getIdentityHashCode()));
            }
            LockInfo wanted = info.getLockInfo();
            String line = "thread " + info.getThreadName()
                    + " (" + doing.getOrDefault(info.getThreadName(), "transferring") + ")"
                    + " holds " + (held.isEmpty() ? "no lock" : String.join(" and ", held))
                    + " and waits for " + (wanted == null ? "a lock" : lockName.apply(wanted.getIdentityHashCode()))
                    + (info.getLockOwnerName() == null ? "" : ", held by " + info.getLockOwnerName())
                    + Workers.studentFrame(info.getStackTrace());
            lines.add(line);
        }
        return String.join(";\n  while ", lines);
    }


    /**
     * Learns which lock guards which account: a probe thread per account reads its balance, which
     * blocks on that account's lock if a deadlocked transfer holds it; the lock the probe then
     * waits for is the account's. Probes that cannot finish stay parked as daemons.
     */
    private static Map<Integer, Integer> accountsOfLocks(Ledger ledger) {
        // filled from Awaitility's polling thread
        Map<Integer, Integer> accountOfLock = new ConcurrentHashMap<>();
        try {
            int accounts = ledger.accounts();
            List<Thread> probes = new ArrayList<>();
            for (int account = 0; account < accounts; account++) {
                int probed = account;
                Thread probe = new Thread(() -> ledger.balance(probed), "probe-account-" + account);
                probe.setDaemon(true);
                probes.add(probe);
                probe.start();
            }
            for (int account = 0; account < accounts; account++) {
                Thread probe = probes.get(account);
                int probed = account;
                try {
                    await("the probe of account " + account + " to block or finish").atMost(Duration.ofSeconds(1))
                            .pollInterval(Duration.ofMillis(5))
                            .until(() -> probeSettled(probe, probed, accountOfLock));
                } catch (ConditionTimeoutException unsettled) {
                    // that account's lock stays unnamed
                }
            }
        } catch (RuntimeException ignored) {
            // Without the mapping the report names locks by hash; it still shows the cycle.
        }
        return accountOfLock;
    }

    /** Whether the probe has finished or blocks on a held lock, which it then records as the account's. */
    private static boolean probeSettled(Thread probe, int account, Map<Integer, Integer> accountOfLock) {
        ThreadInfo info = MX.getThreadInfo(probe.threadId());
        if (info == null || info.getThreadState() == Thread.State.TERMINATED) {
            return true;
        }
        if (info.getLockInfo() != null && info.getLockOwnerName() != null) {
            accountOfLock.put(info.getLockInfo().getIdentityHashCode(), account);
            return true;
        }
        return false;
    }
}
