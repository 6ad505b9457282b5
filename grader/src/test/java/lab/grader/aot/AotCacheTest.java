package lab.grader.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
    @TempDir
    Path dir;

    @Test
    void there_is_no_cache_for_a_grader_run_from_class_folders() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));

        assertThat(AotCache.locate(List.of(classes))).isEmpty();
        assertThat(AotCache.locate(List.of(classes, dir.resolve("other.jar")))).isEmpty();
    }

    @Test
    void the_cache_lives_beside_the_jar_and_is_named_after_its_build() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Path jar = Files.writeString(dir.resolve("grader.jar"), "not really a jar");

        AotCache cache = AotCache.locate(List.of(jar)).orElseThrow();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        AotCache afterRebuild = AotCache.locate(List.of(jar)).orElseThrow();

        assertThat(cache.file().getParent()).isEqualTo(dir);
        assertThat(cache.file().getFileName().toString()).matches("grader-[0-9a-f]{12}\\.aot");
        assertThat(afterRebuild.file()).as("a rebuilt jar gets a cache of its own").isNotEqualTo(cache.file());
        assertThat(cache.exists()).isFalse();
        assertThat(cache.jvmOptions()).containsExactly("-XX:AOTCache=" + cache.file(), "-Xlog:aot*=off,cds*=off");
    }

    @Test
    void training_deletes_the_caches_of_earlier_builds_of_the_same_jar_only() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Path jar = Files.writeString(dir.resolve("grader.jar"), "not really a jar");
        AotCache cache = AotCache.locate(List.of(jar)).orElseThrow();
        Path earlierBuild = Files.writeString(dir.resolve("grader-0123456789ab.aot"), "stale");
        Path otherJarsCache = Files.writeString(dir.resolve("grader-old-0123456789ab.aot"), "another jar's");
        Path unrelated = Files.writeString(dir.resolve("grader-notes.aot"), "not a cache name");
        Files.writeString(cache.file(), "current");

        cache.deleteOutdated();

        assertThat(earlierBuild).doesNotExist();
        assertThat(otherJarsCache).exists();
        assertThat(unrelated).exists();
        assertThat(cache.file()).exists();
    }
}
