package lab.hidden.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Named daemon threads running one body each, remembering the first exception any of them threw. */
final class Workers {

    @FunctionalInterface
    interface Body {
        void run(int index) throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private Workers() {
    }

    /** Starts {@code count} daemon threads named {@code prefix-0 .. prefix-(count-1)}. */
    static Workers start(int count, String prefix, Body body) {
        Workers workers = new Workers();
        for (int i = 0; i < count; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    body.run(index);
                } catch (Throwable t) {
                    workers.failure.compareAndSet(null, t);
                }
            }, prefix + "-" + i);
            thread.setDaemon(true);
            workers.threads.add(thread);
        }
        workers.threads.forEach(Thread::start);
        return workers;
    }

    List<Thread> threads() {
        return threads;
    }

    boolean allDone() {
        return threads.stream().noneMatch(Thread::isAlive);
    }

    Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    void interruptAll() {
        threads.forEach(Thread::interrupt);
    }

    /** The failure as a student reads it: the exception and where in their code it came from. */
    static String describe(Throwable t) {
        return t + studentFrame(t.getStackTrace());
    }

    /** " (at Ledger.transfer(Ledger.java:42))" for the first frame of student code, or "". */
    static String studentFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("lab.safety.")) {
                String simpleName = frame.getClassName().substring("lab.safety.".length());
                return " (at " + simpleName + "." + frame.getMethodName()
                        + "(" + frame.getFileName() + ":" + frame.getLineNumber() + "))";
            }
        }
        return "";
    }
}
