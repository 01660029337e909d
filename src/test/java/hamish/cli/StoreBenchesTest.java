package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store and command-line benchmarks of issue 15 run at a tiny size and print each figure beside its limit. */
class StoreBenchesTest {

    @TempDir
    Path dir;

    @Test
    void datasetPrintsTheImportRateBesideItsLimitAndWhereTheTimeGoes() {
        CliRun run = CliRun.of("bench", "dataset", "--mb", "1", "--dir", dir.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().matches("(?s).*import-dataset with search index: 1\\.\\d MB in .* MB/s \\(limit ≥ 10 MB/s: (PASS|FAIL)\\).*"),
                run.out());
        assertTrue(run.out().contains("raw SQLite row insert alone"), run.out());
        assertTrue(run.out().contains("FTS5 insert of the index text alone"), run.out());
        assertTrue(run.out().contains("floor of the writing thread"), run.out());
        System.out.println(run.out());
    }

    @Test
    void searchPrintsMedianAndP95BesideTheirLimits() {
        CliRun run = CliRun.of("bench", "search", "--articles", "300", "--queries", "5", "--dir", dir.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().matches("(?s).*search over 300 articles.*median .* ms, p95 .* ms.*"
                + "limits for 10,000 articles: median < 10 ms (PASS|FAIL), p95 < 30 ms (PASS|FAIL).*"), run.out());
        System.out.println(run.out());
    }

    @Test
    void searchCurvePrintsEachSizeAndTheLargeLimitPastTenThousand() {
        CliRun run = CliRun.of("bench", "search", "--curve", "200,100", "--queries", "3", "--dir", dir.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().indexOf("search over 100 articles") < run.out().indexOf("search over 200 articles"), run.out());
        assertTrue(run.out().indexOf("search over 100 articles") >= 0, run.out());
        System.out.println(run.out());
    }

    @Test
    void listRunsTheCommandLineInAChildJvmBesideTheJvmFloorAndAsInstalled() {
        CliRun run = CliRun.of("bench", "list", "--articles", "200", "--runs", "1", "--dir", dir.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().matches("(?s).*list on 200 articles, JVM defaults: median \\d+\\.\\d\\d s, min .* \\(limit < 0\\.5 s: (PASS|FAIL)\\).*"), run.out());
        // The figure for Hamish as installed, beside the limit, with the options the launcher ships and the CPU time.
        assertTrue(run.out().matches("(?s).*list as the installer ships it \\(-XX:\\+UseSerialGC .*-Dorg\\.sqlite\\.lib\\.path=.*"
                + "-XX:SharedArchiveFile=.*\\): median \\d+\\.\\d\\d s, min \\d+\\.\\d\\d s, CPU \\d+\\.\\d\\d s \\(limit < 0\\.5 s: (PASS|FAIL)\\).*"),
                run.out());
        assertTrue(run.out().contains("JVM floor"), run.out());
        assertTrue(run.out().contains("AppCDS"), run.out());
        System.out.println(run.out());
    }
}
