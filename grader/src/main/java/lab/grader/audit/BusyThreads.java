package lab.grader.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Threads that keep cores busy while the audit grades: hidden tests must hold when the machine is
 * loaded (a CI runner rarely has its cores to itself).
 */
final class BusyThreads implements AutoCloseable {
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    BusyThreads(int count) {
        for (int i = 0; i < count; i++) {
            threads.add(Thread.ofPlatform().daemon().name("audit-cpu-load-" + i).start(this::spin));
        }
    }

    private void spin() {
        long x = 0;
        while (running) {
            x += System.nanoTime() % 7; // work the JIT cannot remove
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
