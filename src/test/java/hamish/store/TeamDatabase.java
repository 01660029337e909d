package hamish.store;

/**
 * Test support for the window's team-database tests outside this package: a fresh, empty database on the server
 * {@code HAMISH_TEST_POSTGRES} names (see {@link TestPostgres}); the test is skipped, with a message naming the
 * variable, when it is unset (and fails under CI).
 */
public final class TeamDatabase {

    private TeamDatabase() {
    }

    /** The URL ({@code postgresql://user@host:port/hamish_test_…}) of a new database, dropped when the JVM exits. */
    public static String fresh() {
        return TestPostgres.freshDatabase();
    }
}
