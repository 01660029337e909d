package hamish.store;

/** TagStoreTest's contract on a team database (PostgreSQL); skipped with a message when no server is configured. */
class PgTagStoreTest extends TagStoreTest {

    private final PostgresTargets targets = new PostgresTargets();

    @Override
    String target(String name) {
        return targets.named(name);
    }
}
