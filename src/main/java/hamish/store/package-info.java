/**
 * The SQLite store: one database file holds a user's documents, tags, entities, annotations, links
 * and settings, and every user action is saved in its own transaction as it happens.
 *
 * <p>Schema versions: {@link hamish.store.Migrations} lists numbered steps; {@code PRAGMA user_version}
 * holds the last one applied and {@code PRAGMA application_id} marks the file as Hamish's.
 * {@link hamish.store.Database#open} reads both before anything could write. A file from a newer Hamish
 * is refused untouched ({@link hamish.store.NewerSchemaException}); a file that is not Hamish's is
 * refused; an older one is first copied beside itself ({@code <file>.v<N>-backup-<yyyyMMddHHmmss>.db},
 * via {@code VACUUM INTO}) and then migrated one step per transaction. Released steps are never
 * edited. See docs/decisions/0003-schema-and-migrations.md.
 *
 * <p>SQLite errors become {@link hamish.store.StoreException}s with messages for users in one place,
 * {@code SqliteErrors}.
 */
package hamish.store;
