package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.bench.BenchCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line builds only the subcommand it runs, and every one when it must show or find among them. */
class SubcommandSelectionTest {

    private static final int ALL = HamishCommand.commandLine(db -> { }).getSubcommands().size();

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(List.of(ListCommand.class), HamishCommand.subcommandsFor(new String[] {"list"}));
        assertEquals(List.of(ListCommand.class), HamishCommand.subcommandsFor(new String[] {"--db", "x.db", "list", "--sort", "date"}));
        assertEquals(List.of(ListCommand.class), HamishCommand.subcommandsFor(new String[] {"--db=x.db", "list"}));
        assertEquals(List.of(BenchCommand.class), HamishCommand.subcommandsFor(new String[] {"bench", "list"}));
    }

    @Test
    void helpUnknownNamesAndTheWindowGetEverySubcommand() {
        for (String[] args : List.of(new String[] {}, new String[] {"--db", "x.db"}, new String[] {"help", "list"},
                new String[] {"--help"}, new String[] {"--help", "list"}, new String[] {"lst"}, new String[] {"x.db", "list"})) {
            assertEquals(ALL, HamishCommand.subcommandsFor(args).size(), String.join(" ", args));
        }
        assertTrue(ALL > 10, "every subcommand is registered: " + ALL);
    }

    @Test
    void aRunOfOneSubcommandBehavesAsWithAllOfThem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String db = dir.resolve("one.db").toString();
        int exit = HamishCommand.run(new String[] {"--db", db, "list"}, path -> {
            throw new AssertionError("the window must not open");
        });
        assertEquals(0, exit);
        CliRun all = CliRun.of("--db", db, "list");
        assertEquals(0, all.exit(), all.toString());
    }
}
