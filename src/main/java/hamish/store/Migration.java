package hamish.store;

import java.util.List;

/** One step of the schema: the statements that take a database from {@code version - 1} to {@code version}. */
record Migration(int version, String description, List<String> statements) {

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1, not " + version);
        }
        statements = List.copyOf(statements);
    }
}
