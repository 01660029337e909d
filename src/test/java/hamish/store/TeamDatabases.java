package hamish.store;

/** For tests outside this package: a fresh, empty team database's URL (see {@link TestPostgres}), skipping without a server. */
public final class TeamDatabases {

    private TeamDatabases() {
    }

    public static String fresh() {
        return TestPostgres.freshDatabase();
    }
}
