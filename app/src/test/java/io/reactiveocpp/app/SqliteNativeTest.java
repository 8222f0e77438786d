package io.reactiveocpp.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** sqlite-jdbc's native library is copied once into the data directory and loaded from there at every start. */
class SqliteNativeTest {

    @TempDir
    Path dir;

    @Test
    void theLibraryIsCopiedOnceAndTheCopyIsReusedAtTheNextStart() throws Exception {
        Path library = SqliteNative.install(dir);

        assertThat(library).isNotNull().startsWith(dir);
        assertThat(Files.readAllBytes(library)).isEqualTo(resource());
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, old);

        assertThat(SqliteNative.install(dir)).isEqualTo(library);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(old); // not written again
    }

    @Test
    void aDamagedCopyIsReplaced() throws Exception {
        Path library = SqliteNative.install(dir);
        Files.write(library, new byte[] {1, 2, 3});

        assertThat(SqliteNative.install(dir)).isEqualTo(library);

        assertThat(Files.readAllBytes(library)).isEqualTo(resource());
    }

    /** The whole service (its demo, as a child JVM): nothing extracted into the temp directory, the copy used. */
    @Test
    void theServiceLoadsSqliteFromItsDataDirectoryNotFromTheTempDirectory() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path data = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--demo", "--demo-seconds", "3", "--http-port", "0", "--data-dir", data.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile()).start();
        // sqlite-jdbc deletes its extracted copy at exit: the temp directory is watched while the service runs
        List<String> seenInTmp = new ArrayList<>();
        try {
            Flux.interval(Duration.ZERO, Duration.ofMillis(20)).takeWhile(i -> process.isAlive())
                    .take(Duration.ofSeconds(120)).doOnNext(i -> {
                        try (Stream<Path> files = Files.walk(tmp)) {
                            files.map(p -> p.getFileName().toString()).filter(name -> name.contains("sqlitejdbc"))
                                    .forEach(seenInTmp::add);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).blockLast();
            assertThat(process.isAlive()).as(Files.readString(dir.resolve("service.log"))).isFalse();
        } finally {
            process.destroyForcibly();
        }

        assertThat(process.exitValue()).as(Files.readString(dir.resolve("service.log"))).isZero();
        assertThat(data.resolve("engine.db")).exists();
        assertThat(seenInTmp).isEmpty();
        try (Stream<Path> copied = Files.walk(data.resolve("native"))) {
            assertThat(copied.map(p -> p.getFileName().toString()).toList())
                    .contains(System.mapLibraryName(LibraryLoaderUtil.NATIVE_LIB_BASE_NAME));
        }
    }

    private static byte[] resource() throws Exception {
        String name = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SqliteNativeTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

}
