package lab.hidden.daemon;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Thread-safe sinks for the student's heartbeat and writer, and small waiting helpers. */
final class Logs {

    private Logs() {
    }

    static List<String> newLog() {
        return new CopyOnWriteArrayList<>();
    }

    /** A sink that takes {@code delay} to accept lines starting with {@code prefix}, ignoring interrupts. */
    static Consumer<String> slowOn(String prefix, Duration delay, List<String> log) {
        return line -> {
            if (line.startsWith(prefix)) {
                pauseUninterruptibly(delay);
            }
            log.add(line);
        };
    }

    static void pauseUninterruptibly(Duration delay) {
        long end = System.nanoTime() + delay.toNanos();
        boolean interrupted = false;
        for (long left = delay.toNanos(); left > 0; left = end - System.nanoTime()) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static long count(List<String> log, String prefix) {
        return log.stream().filter(line -> line.startsWith(prefix)).count();
    }
}
