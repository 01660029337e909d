package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new team database (the baseline and every later step) has SQLite's tables at the same version with the same columns in the same order, so
 * the stores' SQL, {@code SELECT *} readers and {@code hamish copy} mean the same on both. The differences are the
 * ones PostgresSchema explains: no revision_counter (a sequence), no FTS tables (term rows and a tsvector table), the
 * hamish_schema identity table, and a {@code seq} column for insertion order where SQLite uses the rowid.
 */
class PostgresSchemaTest {

    @TempDir
    Path dir;

    @Test
    void theBaselineHasSqlitesTablesAndColumnsInOrder() throws Exception {
        Map<String, List<String>> sqlite;
        try (Database file = Database.open(dir.resolve("schema.db"))) {
            sqlite = RawSql.read(file, PostgresSchemaTest::sqliteColumns);
        }
        Map<String, List<String>> postgres;
        try (Database server = Database.open(TestPostgres.freshDatabase())) {
            postgres = RawSql.read(server, PostgresSchemaTest::postgresColumns);
        }
        sqlite.remove("revision_counter");
        sqlite.keySet().removeIf(t -> t.startsWith("document_search") || t.startsWith("document_variant"));
        postgres.remove("hamish_schema");
        postgres.remove("document_search");
        postgres.remove("document_term");
        postgres.values().forEach(columns -> columns.remove("seq"));
        assertEquals(sqlite, postgres);
    }

    @Test
    void everyStepPastTheBaselineHasItsPostgresStatements() {
        for (Migration step : Migrations.ALL) {
            assertEquals(step.version() > PostgresSchema.BASELINE, !step.postgres().isEmpty(),
                    "step " + step.version() + ": PostgreSQL statements past the baseline (ADR 10), none before it");
        }
    }

    private static Map<String, List<String>> sqliteColumns(Connection c) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (PreparedStatement names = c.prepareStatement(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
             ResultSet rows = names.executeQuery()) {
            while (rows.next()) {
                tables.put(rows.getString(1), new ArrayList<>());
            }
        }
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            try (PreparedStatement info = c.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")) {
                info.setString(1, table.getKey());
                try (ResultSet rows = info.executeQuery()) {
                    while (rows.next()) {
                        table.getValue().add(rows.getString(1));
                    }
                }
            }
        }
        return tables;
    }

    private static Map<String, List<String>> postgresColumns(Connection c) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (PreparedStatement columns = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position");
             ResultSet rows = columns.executeQuery()) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return tables;
    }
}
