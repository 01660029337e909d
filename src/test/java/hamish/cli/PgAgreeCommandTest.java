package hamish.cli;

import hamish.store.TeamDatabases;

/** The same commands (import, annotate --author, agree, export --author) on a team database; skipped without a server. */
class PgAgreeCommandTest extends AgreeCommandTest {

    private String url;

    @Override
    String target() {
        if (url == null) {
            url = TeamDatabases.fresh();
        }
        return url;
    }
}
