package lab.hidden.threads;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A task the test holds inside its run() until it opens the gate; every wait is bounded. */
final class Gate implements Runnable {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch open = new CountDownLatch(1);
    private final Duration longest;
    private volatile boolean finished;

    Gate(Duration longest) {
        this.longest = longest;
    }

    @Override
    public void run() {
        entered.countDown();
        try {
            open.await(longest.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finished = true;
    }

    boolean awaitEntered(Duration timeout) throws InterruptedException {
        return entered.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void open() {
        open.countDown();
    }

    boolean finished() {
        return finished;
    }
}
