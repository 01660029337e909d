package hamish.store;

/** For tests outside this package: a fresh, empty team database's URL (see {@link TestPostgres}), skipping without a server. */
public final class TeamDatabases {

    private TeamDatabases() {
    }

    public static String fresh() {
        return TestPostgres.freshDatabase();
    }

    /** A fresh, empty database on the server {@code url} (a variable named {@code variable} gave it), for a test's own server. */
    public static String freshOn(String url, String variable) {
        return TestPostgres.freshDatabaseOn(url, variable);
    }
}
