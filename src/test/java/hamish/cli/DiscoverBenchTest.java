package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DiscoverBenchTest {

    @Test
    void printsTheTimeBesideTheLimit() {
        StringWriter out = new StringWriter();
        CommandLine cl = HamishCommand.commandLine(file -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.execute("bench", "discover");
        assertTrue(out.toString().contains("(limit 1000 ms)"), out.toString());
        assertTrue(out.toString().contains("discover: 20 "), out.toString());
        System.out.println(out);
    }

    @Test
    void generatesReportsWithoutTheCorpus(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
        StringWriter out = new StringWriter();
        CommandLine cl = HamishCommand.commandLine(file -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.execute("bench", "discover", "--corpus", empty.toString());
        assertTrue(out.toString().contains("discover: 20 generated reports"), out.toString());
        System.out.println(out);
    }
}
