package hamish.store;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Every store over one open database: what the window and the command line hold while a file is open.
 * {@code origin} names who writes through them when a write does not say ("command line"); it is
 * what another window's refused undo reports as the later change.
 */
public record Stores(Database database, DocumentStore documents, AnnotationStore annotations, TagStore tags,
                     EntityStore entities, LinkStore links, SettingsStore settings) implements AutoCloseable {

    public static Stores open(Path file) {
        return open(file, "");
    }

    public static Stores open(Path file, String origin) {
        return over(Database.open(file), origin);
    }

    /** Opens what a {@code --db} value names, writing as no one in particular. */
    public static Stores open(String target) {
        return open(target, "");
    }

    /** Opens what a {@code --db} value names: a file (SQLite) or a {@code postgresql://} URL (a team database). */
    public static Stores open(String target, String origin) {
        return over(Database.open(target), origin);
    }

    private static Stores over(Database database, String origin) {
        return new Stores(database, new DocumentStore(database, origin), new AnnotationStore(database, origin), new TagStore(database),
                new EntityStore(database, origin), new LinkStore(database), new SettingsStore(database));
    }

    /** The collections of documents (migration 6); it keeps no state, so it needs no place among the components. */
    public CollectionStore collections() {
        return new CollectionStore(database);
    }

    /** The curators' decisions and the documents there are to curate (migration 10); stateless, like {@link #collections}. */
    public CurationStore curation() {
        return new CurationStore(database);
    }

    /** Runs {@code work} (calls to these stores) as one committed transaction: all of it or none. */
    public <T> T inTransaction(Supplier<T> work) {
        return database.transaction(work);
    }

    /** Runs {@code work}, which only reads, on one consistent snapshot. */
    public <T> T readConsistently(Supplier<T> work) {
        return database.snapshot(work);
    }

    @Override
    public void close() {
        database.close();
    }
}
