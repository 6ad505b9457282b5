package lab.kit.process;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The main class of a worker JVM: reads {@link Messages.Request} frames from stdin, runs them one at
 * a time, answers with {@link Messages.Reply} frames on the original stdout.
 *
 * <p>The worker exits when its stdin ends (the parent closed it, or died) or when its parent
 * process is gone, so it never outlives the pool.
 */
final class WorkerMain {
    private static final long NO_TASK = Long.MIN_VALUE;

    private final DataOutputStream frames;
    private final BlockingQueue<Messages.Request> requests = new LinkedBlockingQueue<>();
    private long running = NO_TASK; // guarded by this, so a late cancel never hits the next task
    private volatile Thread taskThread;

    private WorkerMain(DataOutputStream frames) {
        this.frames = frames;
    }

    public static void main(String[] args) {
        var frames = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        // Tasks that print must not corrupt the channel, and must not read our requests.
        System.setOut(System.err);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        var in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> exit(3)));
        new WorkerMain(frames).serve(in);
    }

    private void serve(DataInputStream in) {
        try {
            send(new Messages.Hello(ProcessHandle.current().pid()));
        } catch (IOException e) {
            exit(2);
        }
        taskThread = Thread.ofPlatform().name("process-pool-worker-task").daemon(true).start(this::runTasks);
        try {
            while (true) {
                switch (Frames.read(in, ClassLoader.getSystemClassLoader())) {
                    case Messages.Request request -> requests.add(request);
                    case Messages.Cancel cancel -> {
                        synchronized (this) {
                            if (running == cancel.id()) {
                                taskThread.interrupt();
                            }
                        }
                    }
                    default -> { }
                }
            }
        } catch (EOFException parentClosedOurStdin) {
            exit(0);
        } catch (IOException e) {
            System.err.println("process pool worker: " + e);
            exit(2);
        }
    }

    private void runTasks() {
        while (true) {
            Messages.Request request;
            try {
                request = requests.take();
            } catch (InterruptedException stale) {
                continue; // a cancel that arrived just after its task ended
            }
            synchronized (this) {
                running = request.id();
            }
            Messages.Reply reply = run(request);
            synchronized (this) {
                running = NO_TASK;
                Thread.interrupted();
            }
            try {
                send(reply);
            } catch (IOException e) {
                exit(2);
            }
        }
    }

    private static Messages.Reply run(Messages.Request request) {
        Object value;
        try {
            Callable<?> task = (Callable<?>) Frames.deserialize(request.task(), ClassLoader.getSystemClassLoader());
            value = task.call();
        } catch (Throwable thrown) {
            return failure(request.id(), thrown);
        }
        try {
            return new Messages.Reply(request.id(), true, Frames.serialize(value), null, null);
        } catch (NotSerializableException e) {
            return failure(request.id(), new NotSerializableException("the task returned a "
                    + value.getClass().getName() + " that holds a " + e.getMessage()
                    + ", which is not serialisable: a process pool copies each result back to the caller,"
                    + " so results must implement java.io.Serializable"));
        } catch (Throwable e) {
            return failure(request.id(), e);
        }
    }

    private static Messages.Reply failure(long id, Throwable thrown) {
        byte[] serialised;
        try {
            serialised = Frames.serialize(thrown);
        } catch (Throwable notSerialisable) {
            serialised = null;
        }
        return new Messages.Reply(id, false, null, serialised, RemoteTaskException.describing(thrown));
    }

    private void send(Messages.Message message) throws IOException {
        synchronized (frames) {
            Frames.write(frames, message);
        }
    }

    private static void exit(int status) {
        System.err.flush();
        Runtime.getRuntime().halt(status);
    }
}
