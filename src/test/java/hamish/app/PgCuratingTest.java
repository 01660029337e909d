package hamish.app;

import hamish.store.TeamDatabases;

/** Curation on a team database; skipped without a server. */
class PgCuratingTest extends CuratingTest {

    @Override
    String target() {
        return TeamDatabases.fresh();
    }
}
