package lab.kit.http;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the requests of the pages it guards until the test opens it, like a latch: a test can
 * wait until N requests are held (they are then provably in flight at the same time), then release
 * them all. Closing the server opens its gates, so no request is held forever.
 */
public final class Gate {
    private final CountDownLatch open = new CountDownLatch(1);
    private final AtomicInteger waiting = new AtomicInteger();
    private final Duration maxHold;

    Gate(Duration maxHold) {
        this.maxHold = maxHold;
    }

    /** Releases every held request, and lets later ones through at once. */
    public void open() {
        open.countDown();
    }

    /** @return true once {@link #open()} was called */
    public boolean isOpen() {
        return open.getCount() == 0;
    }

    /** @return the number of requests held at this gate right now */
    public int waiting() {
        return waiting.get();
    }

    /**
     * Waits until at least {@code count} requests are held at this gate.
     *
     * @return true if they were, false if {@code bound} elapsed first
     */
    public boolean awaitWaiting(int count, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (waiting.get() < count) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    /** Holds the calling request until the gate opens (at most the server's maximum hold). */
    void pass() throws InterruptedException {
        waiting.incrementAndGet();
        try {
            open.await(maxHold.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }
}
