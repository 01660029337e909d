package hamish.cli;

import hamish.io.DefaultTags;
import hamish.store.Stores;
import picocli.CommandLine.ParentCommand;

/** Base of the subcommands that work on the database named by the inherited {@code --db}. */
abstract class DatabaseCommand {

    @ParentCommand
    HamishCommand parent;

    /** Opens the database; a new one gets the default tag set so that {@code annotate --tag Person} works at once. */
    Stores openStores() {
        // Rows written here name the command line as their writer: a window whose undo meets them says so.
        Stores stores = Stores.open(parent.db(), "command line");
        try {
            stores.tags().ensureDefaults(DefaultTags::load);
        } catch (RuntimeException e) {
            stores.close();
            throw e;
        }
        return stores;
    }
}
