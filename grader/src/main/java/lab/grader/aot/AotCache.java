package lab.grader.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lab.grader.child.TrainingMain;
import lab.grader.run.RunnerSettings;

/**
 * The ahead-of-time cache (JDK 25, JEP 483/514) of what every test JVM loads and links before it runs
 * a single test: JUnit's launcher, Jupiter, ArchUnit, AssertJ, Awaitility, Jackson, the kit. Test JVMs
 * start on it about twice as fast (see the README's figures). One cache per grader.jar and JDK,
 * trained once by {@link TrainingMain} on grader.jar alone; the student's classes come after grader.jar
 * on the class path, which the JVM allows. A cache that does not fit (another JDK, a rebuilt jar) is
 * ignored by the JVM, silently: grading is then as slow as without one, never wrong.
 *
 * @param file  where the cache is (or will be)
 * @param jar   the grader.jar it belongs to
 */
public record AotCache(Path file, Path jar) {
    /** How long training may take before it is given up (a loaded machine takes ~15 s). */
    static final Duration TRAINING_LIMIT = Duration.ofMinutes(3);

    /**
     * The cache for {@code graderClassPath} on this JDK: next to grader.jar when that folder is
     * writable, else in the temporary folder. Empty when the grader does not run from a single jar
     * (a build's classes: folders cannot be cached) or the JDK has no AOT cache (before 25).
     */
    public static Optional<AotCache> locate(List<Path> graderClassPath) {
        if (graderClassPath.size() != 1 || !Files.isRegularFile(graderClassPath.getFirst()) || Runtime.version().feature() < 25) {
            return Optional.empty();
        }
        Path jar = graderClassPath.getFirst().toAbsolutePath();
        try {
            String name = baseName(jar) + "-" + stamp(jar) + ".aot";
            Path beside = jar.getParent();
            Path folder = Files.isWritable(beside) ? beside : sharedFolder();
            return Optional.of(new AotCache(folder.resolve(name), jar));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the cache has been trained. */
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** What a test JVM needs to start on the cache (and to keep quiet should the JVM refuse it). */
    public List<String> jvmOptions() {
        return List.of("-XX:AOTCache=" + file, "-Xlog:aot*=off,cds*=off");
    }

    /**
     * Trains the cache: a JVM with the test JVMs' {@code jvmOptions} runs {@link TrainingMain} and writes the
     * cache at exit; it is moved into place only when complete, so a grader running meanwhile never sees
     * half a cache.
     *
     * @return how long it took
     */
    public Duration create(Path javaExecutable, List<String> jvmOptions) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path partial = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".partial");
        Files.delete(partial); // the JVM writes it; it must not exist
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:AOTCacheOutput=" + partial, "-XX:-UsePerfData", "-cp", jar.toString(),
                TrainingMain.class.getName(), jar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> tail(process.getInputStream()));
        try {
            if (!process.waitFor(TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("training the AOT cache took longer than " + TRAINING_LIMIT.toSeconds() + " s");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(partial)) {
                throw new IOException("training the AOT cache failed (exit code " + process.exitValue() + "): "
                        + output.join());
            }
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            deleteOutdated();
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(Path.of(partial + ".config"));
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Trains the cache for {@code graderClassPath} unless it exists or cannot exist here, so that the many
     * gradings of a batch or an audit run as a user's warm grading does. Never fails the caller: without a
     * cache, grading is only slower.
     */
    public static void trainIfMissing(List<Path> graderClassPath, Path javaExecutable, PrintWriter err) throws InterruptedException {
        Optional<AotCache> cache = locate(graderClassPath);
        if (cache.isEmpty() || cache.get().exists()) {
            return;
        }
        err.println("training the test JVMs' AOT cache once (about 10 s)...");
        err.flush();
        try {
            cache.get().create(javaExecutable, RunnerSettings.DEFAULT_JVM_OPTIONS);
        } catch (IOException e) {
            err.println("could not train the AOT cache, grading without it: " + e.getMessage());
        }
    }

    /**
     * Deletes the caches of earlier builds of this jar beside it (each is ~50 MB and no JVM can use it any
     * more). Only in the jar's own folder: the shared folder may hold the caches of other graders' jars.
     */
    void deleteOutdated() {
        Path folder = file.getParent();
        if (!folder.equals(jar.getParent())) {
            return;
        }
        String ours = java.util.regex.Pattern.quote(baseName(jar)) + "-[0-9a-f]{12}\\.aot";
        try (var files = Files.list(folder)) {
            for (Path old : files.filter(f -> f.getFileName().toString().matches(ours) && !f.equals(file)).toList()) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // a stale cache costs disk space only
        }
    }

    private static String baseName(Path jar) {
        String name = jar.getFileName().toString();
        return name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
    }

    /** Deletes the cache, e.g. to measure a cold start. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The last 4 KiB of what a process printed. */
    private static String tail(InputStream in) {
        try (in) {
            byte[] all = in.readAllBytes();
            int from = Math.max(0, all.length - 4096);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Names the jar (where it is and which build) and the JDK: a cache of another one is never picked up. */
    private static String stamp(Path jar) throws IOException {
        // the JVM checks the class path it was trained on too: a jar elsewhere needs a cache of its own
        String identity = jar + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis() + ":" + Runtime.version();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A folder every test JVM's user can read, for when grader.jar's folder is read-only. */
    private static Path sharedFolder() throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "concurrency-lab-aot");
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (AccessDeniedException e) {
            // another user's folder: readable is all a grader needs if the cache is already there
        }
        return folder;
    }
}
