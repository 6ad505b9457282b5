package lab.grader.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out the user ids the test JVMs run as, each to one running test JVM on the whole machine at a time.
 * An id is leased by holding a lock on a file named after it in a folder every grader on the machine shares:
 * the locks are the kernel's, so two graders (a batch's jobs, a batch's long-lived worker JVMs, two batches)
 * never hand out the same id, and a grader that dies frees its ids with its locks. The lowest free id is
 * taken, so the folder holds as many files as test JVMs ever ran at once.
 */
final class UserIds {
    /** The ids above this one are the children's; the probe runs as this one. */
    static final int BASE = 200_000;
    static final int COUNT = 60_000;
    private static final Path DEFAULT_FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "concurrency-lab-uids");
    /**
     * The ids this JVM holds. Their files are never opened again while held: on Linux, closing any channel of
     * a file drops every lock this process has on it (POSIX record locks).
     */
    private static final Set<Integer> HELD = ConcurrentHashMap.newKeySet();
    /** Only if the folder cannot be used: ids from a counter that starts apart from other graders' (the pid). */
    private static final AtomicInteger FALLBACK = new AtomicInteger((int) (ProcessHandle.current().pid() % 1000) * 50);

    private UserIds() {
    }

    /** A user id that no other test JVM on this machine has while the lease is open. */
    record Lease(int uid, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            if (lock == null) {
                return;
            }
            try {
                lock.channel().close(); // releases the lock; the file stays, for the next lease of this id
            } catch (IOException e) {
                // the lock goes with the channel either way
            } finally {
                HELD.remove(uid);
            }
        }
    }

    static Lease lease() {
        return lease(DEFAULT_FOLDER);
    }

    static Lease lease(Path folder) {
        try {
            Files.createDirectories(folder);
            for (int uid = BASE + 1; uid <= BASE + COUNT; uid++) {
                if (!HELD.add(uid)) {
                    continue;
                }
                FileLock lock = null;
                try {
                    lock = tryLock(folder.resolve(Integer.toString(uid)));
                } finally {
                    if (lock == null) {
                        HELD.remove(uid);
                    }
                }
                if (lock != null) {
                    return new Lease(uid, lock);
                }
            }
        } catch (IOException e) {
            System.err.println("grader: cannot lease a user id through " + folder + " (" + e + "); counting them instead");
        }
        return new Lease(BASE + 1 + Math.floorMod(FALLBACK.getAndIncrement(), COUNT), null);
    }

    private static FileLock tryLock(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = null;
        try {
            lock = channel.tryLock(); // null: another grader holds it
        } catch (OverlappingFileLockException heldInThisJvm) {
            // only through another folder object naming the same file; HELD keeps this JVM's own ids apart
        } finally {
            if (lock == null) {
                channel.close();
            }
        }
        return lock;
    }
}
