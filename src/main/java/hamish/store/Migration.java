package hamish.store;

import java.util.List;

/**
 * One step of the schema: the statements that take a database from {@code version - 1} to {@code version}, on SQLite
 * ({@code statements}) and on PostgreSQL ({@code postgres}). Steps up to {@link PostgresSchema#BASELINE} have no
 * PostgreSQL statements: a team database starts at the baseline, which holds them all (ADR 10); every later step has
 * them (PostgresSchemaTest checks it).
 */
record Migration(int version, String description, List<String> statements, List<String> postgres) {

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1, not " + version);
        }
        statements = List.copyOf(statements);
        postgres = List.copyOf(postgres);
    }

    /** A step from before the PostgreSQL baseline: SQLite only. */
    Migration(int version, String description, List<String> statements) {
        this(version, description, statements, List.of());
    }
}
