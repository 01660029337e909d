package hamish.store;

/**
 * {@link TestPostgres} for tests outside this package (the team load test in {@code hamish.bench}): a fresh database on
 * the server {@code HAMISH_TEST_POSTGRES} names; the test is skipped without it (failed under CI).
 */
public final class PostgresForTests {

    private PostgresForTests() {
    }

    /** The Hamish URL of a new, empty database, dropped when the JVM exits. */
    public static String freshDatabase() {
        return TestPostgres.freshDatabase();
    }
}
