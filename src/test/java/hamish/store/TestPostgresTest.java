package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The test server's databases: each new, empty and its own; no server skips locally and fails under CI. */
class TestPostgresTest {

    @Test
    void aFreshDatabaseIsAnEmptyDatabaseOfItsOwnReachedByItsHamishUrl() throws SQLException {
        String url = TestPostgres.freshDatabase();

        assertTrue(url.matches("postgresql://[^/]+/hamish_test_[0-9a-f]{8}"), url);
        try (Connection connection = TestPostgres.connect(url)) {
            assertEquals(url.substring(url.lastIndexOf('/') + 1), single(connection, "SELECT current_database()"));
            assertEquals("0", single(connection,
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
        }
    }

    @Test
    void twoCallsGiveTwoDatabasesAndATableInOneIsNotInTheOther() throws SQLException {
        String first = TestPostgres.freshDatabase();
        String second = TestPostgres.freshDatabase();

        assertNotEquals(first, second);
        try (Connection one = TestPostgres.connect(first); Connection other = TestPostgres.connect(second)) {
            try (Statement statement = one.createStatement()) {
                statement.execute("CREATE TABLE only_here (id integer)");
            }
            assertNotEquals(single(one, "SELECT current_database()"), single(other, "SELECT current_database()"));
            assertEquals("1", single(one, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
            assertEquals("0", single(other, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
        }
    }

    @Test
    void withoutTheVariableATestSkipsNamingIt() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> TestPostgres.server(null, null));
        assertTrue(skipped.getMessage().contains("set HAMISH_TEST_POSTGRES=postgresql://user@host:port/db (.ci/run starts one)"),
                skipped.getMessage());
        assertThrows(TestAbortedException.class, () -> TestPostgres.server(" ", "false"));
    }

    @Test
    void withoutTheVariableUnderCiATestFailsSayingCiRunShouldHaveStartedPostgres() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> TestPostgres.server(null, "true"));
        assertTrue(failed.getMessage().contains(".ci/run should have started PostgreSQL"), failed.getMessage());
    }

    @Test
    void theServerUrlIsTakenAsGiven() {
        assertEquals("postgresql://hamish@127.0.0.1:5432/postgres",
                TestPostgres.server("postgresql://hamish@127.0.0.1:5432/postgres\n", "true"));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            return rows.getString(1);
        }
    }
}
