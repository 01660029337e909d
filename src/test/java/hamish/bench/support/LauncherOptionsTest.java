package hamish.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the benches take for "as shipped": pom.xml's launcher options, sqlite-jdbc's library as a file, a child's CPU time. */
class LauncherOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theLaunchersOptionsComeFromThePomFilteredIn() {
        List<String> options = LauncherOptions.jvm();
        assertTrue(options.contains("-XX:+UseSerialGC"), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-Xmx")), options.toString());
        assertTrue(options.stream().noneMatch(o -> o.contains("$") || o.isBlank()), options.toString());
    }

    @Test
    void sqlitesLibraryIsCopiedOutOfItsJarAndNamedForSqliteJdbc() throws Exception {
        List<String> options = LauncherOptions.sqliteLibrary(dir.resolve("native"));
        assertEquals(List.of("-Dorg.sqlite.lib.path=" + dir.resolve("native"), "-Dorg.sqlite.lib.name=libsqlitejdbc.so"), options);
        assertTrue(Files.size(dir.resolve("native").resolve(LauncherOptions.SQLITE_LIBRARY)) > 100_000);
    }

    @Test
    void childCpuTimeGrowsByWhatAChildUsed() throws Exception {
        double before = ChildCpuTime.seconds();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        child.getInputStream().readAllBytes();
        child.waitFor();
        double after = ChildCpuTime.seconds();
        assertTrue(before >= 0 && after > before, before + " -> " + after);
    }
}
