package hamish.store;

import java.nio.file.Path;

/** Every store over one open database: what the window and the command line hold while a file is open. */
public record Stores(Database database, DocumentStore documents, AnnotationStore annotations, TagStore tags,
                     EntityStore entities, LinkStore links, SettingsStore settings) implements AutoCloseable {

    public static Stores open(Path file) {
        Database database = Database.open(file);
        return new Stores(database, new DocumentStore(database), new AnnotationStore(database), new TagStore(database),
                new EntityStore(database), new LinkStore(database), new SettingsStore(database));
    }

    @Override
    public void close() {
        database.close();
    }
}
