package hamish.store;

/**
 * CorpusCopyTest through a team database: SQLite → PostgreSQL → SQLite, every record, offset, search result equal,
 * fresh ids and revisions on both after; the refusals on PostgreSQL targets. Skipped with a message without a server.
 */
class PgCorpusCopyTest extends CorpusCopyTest {

    private final PostgresTargets targets = new PostgresTargets();

    @Override
    String middle(String name) {
        return targets.named(name);
    }
}
