package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The window opens without picocli only for arguments that ask for nothing else; everything else goes through picocli. */
class WindowOnlyArgumentsTest {

    @Test
    void noArgumentsOrOnlyTheDatabaseOpenTheWindow() {
        assertEquals(Optional.of("annotations.db"), HamishCommand.windowOnly(new String[0]));
        assertEquals(Optional.of("/tmp/a b.db"), HamishCommand.windowOnly(new String[] {"--db", "/tmp/a b.db"}));
        assertEquals(Optional.of("x.db"), HamishCommand.windowOnly(new String[] {"--db=x.db"}));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (String[] args : new String[][] {{"list"}, {"--db", "x.db", "list"}, {"--help"}, {"--version"}, {"--db"},
                {"--db="}, {"--db", "--help"}, {"list", "--db", "x.db"}, {"--db", ""}}) {
            assertEquals(Optional.empty(), HamishCommand.windowOnly(args), String.join(" ", args));
        }
    }

    @Test
    void theWindowGetsTheSameDatabaseEitherWay() {
        AtomicReference<String> fast = new AtomicReference<>();
        AtomicReference<String> parsed = new AtomicReference<>();
        assertEquals(HamishCommand.WINDOW_STARTED, HamishCommand.run(new String[] {"--db", "w.db"}, fast::set));
        assertEquals(HamishCommand.WINDOW_STARTED, HamishCommand.commandLine(parsed::set).execute("--db", "w.db"));
        assertEquals(parsed.get(), fast.get());
        assertEquals(HamishCommand.WINDOW_STARTED, HamishCommand.run(new String[0], fast::set));
        assertEquals(HamishCommand.WINDOW_STARTED, HamishCommand.commandLine(parsed::set).execute());
        assertEquals(parsed.get(), fast.get());
    }
}
