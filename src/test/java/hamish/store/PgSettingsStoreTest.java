package hamish.store;

/** SettingsStoreTest's contract on a team database (PostgreSQL); skipped with a message when no server is configured. */
class PgSettingsStoreTest extends SettingsStoreTest {

    private final PostgresTargets targets = new PostgresTargets();

    @Override
    String target(String name) {
        return targets.named(name);
    }
}
