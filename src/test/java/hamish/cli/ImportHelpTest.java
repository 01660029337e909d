package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DocumentImporter;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 10: {@code import --help} said each file was its own transaction, while articles are
 * committed in batches (each file all-or-nothing in its own savepoint, reported only after its batch's
 * commit). The help must say what the importer does, with the importer's own batch size.
 */
class ImportHelpTest {

    @Test
    void importHelpSaysArticlesAreCommittedInBatchesNotOneTransactionPerFile() {
        CliRun help = CliRun.of("import", "--help");

        assertEquals(0, help.exit(), help.toString());
        String text = help.out().replaceAll("\\s+", " ");
        assertFalse(text.contains("Each file is its own transaction"), text);
        assertTrue(text.contains("committed in batches of up to " + DocumentImporter.BATCH_FILES + " files"), text);
        assertTrue(text.contains("reported only after its batch is committed"), text);
    }
}
