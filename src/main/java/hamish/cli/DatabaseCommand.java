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
        Stores stores = Stores.open(parent.db());
        try {
            stores.tags().ensureDefaults(DefaultTags.load());
        } catch (RuntimeException e) {
            stores.close();
            throw e;
        }
        return stores;
    }
}
