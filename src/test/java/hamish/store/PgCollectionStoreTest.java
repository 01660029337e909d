package hamish.store;

/** CollectionStoreTest's contract on a team database (PostgreSQL); skipped with a message when no server is configured. */
class PgCollectionStoreTest extends CollectionStoreTest {

    private final PostgresTargets targets = new PostgresTargets();

    @Override
    String target(String name) {
        return targets.named(name);
    }
}
