package hamish.store;

/**
 * The engine behind a {@link Database}: SQLite, the embedded default, or PostgreSQL, a team's shared server
 * (docs/decisions/0010-two-backends.md). Store classes ask it where the two engines' SQL differs.
 */
enum Dialect {
    SQLITE,
    POSTGRES
}
