package lab.kit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;

/**
 * One place in the pool: a thread that feeds one worker JVM one task at a time, and replaces the
 * worker when it dies.
 */
final class Slot implements Runnable {
    interface Pool {
        BlockingQueue<Job<?>> queue();

        boolean isStopping();

        void complete(Job<?> job, Messages.Reply reply);

        void slotEnded();
    }

    static final Job<Void> POISON = new Job<>(-1, new byte[0], () -> null);

    private final Pool pool;
    private final ClassLoader loader;
    private volatile WorkerProcess worker;
    private volatile Job<?> current;

    Slot(Pool pool, ClassLoader loader) {
        this.pool = pool;
        this.loader = loader;
        this.worker = startWorkerOrNull();
    }

    @Override
    public void run() {
        try {
            while (true) {
                Job<?> job = pool.queue().take();
                if (job == POISON) {
                    return;
                }
                if (!job.isDone()) {
                    runOnWorker(job);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            WorkerProcess last = worker;
            if (last != null) {
                last.retire(Duration.ofSeconds(5));
            }
            pool.slotEnded();
        }
    }

    private void runOnWorker(Job<?> job) {
        WorkerProcess w = worker;
        if (w == null) {
            try {
                w = WorkerProcess.start(loader);
                worker = w;
            } catch (IOException e) {
                job.completeExceptionally(new UncheckedIOException("could not start a worker JVM: " + e, e));
                return;
            }
        }
        try {
            w.awaitReady();
            current = job;
            job.runningOn(this);
            if (job.isDone()) {
                return;
            }
            w.send(new Messages.Request(job.id, job.task));
            Messages.Reply reply = w.awaitReply(job.id);
            pool.complete(job, reply);
        } catch (IOException channelEnded) {
            WorkerDiedException died = w.died(channelEnded);
            job.completeExceptionally(died);
            worker = pool.isStopping() ? null : startWorkerOrNull();
        } finally {
            current = null;
        }
    }

    private WorkerProcess startWorkerOrNull() {
        try {
            return WorkerProcess.start(loader);
        } catch (IOException e) {
            return null; // tried again, and reported, when a task needs it
        }
    }

    /** Interrupts task {@code id} in the worker if it is still running there. */
    void interrupt(long id) {
        Job<?> running = current;
        WorkerProcess w = worker;
        if (running != null && running.id == id && w != null) {
            try {
                w.send(new Messages.Cancel(id));
            } catch (IOException gone) {
                // the worker is gone: nothing left to interrupt
            }
        }
    }

    /** Cancels the running task and kills the worker (shutdownNow). */
    void kill() {
        Job<?> running = current;
        if (running != null) {
            running.cancel(false);
        }
        WorkerProcess w = worker;
        if (w != null) {
            w.kill();
        }
    }

    /** The pid of the live worker, or -1. */
    long workerPid() {
        WorkerProcess w = worker;
        return w != null && w.isAlive() ? w.pid() : -1;
    }
}
