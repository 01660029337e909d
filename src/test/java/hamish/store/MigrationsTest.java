package hamish.store;

import hamish.model.SearchHit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.CollectionMember;
import hamish.model.DocumentCollection;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.ExcludedForm;
import hamish.model.Revision;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationsTest {

    private static final String TEXT = "أعلنَ وزيرُ الخارجية أنّ المفاوضات مع إسرائيل ستُستأنف.";

    @TempDir
    Path dir;

    static IntStream earlierVersions() {
        return IntStream.range(1, Database.SCHEMA_VERSION);
    }

    @Test
    void versionsAreNumberedOneByOneFromOne() {
        for (int i = 0; i < Migrations.ALL.size(); i++) {
            assertEquals(i + 1, Migrations.ALL.get(i).version());
        }
        assertEquals(Migrations.ALL.size(), Database.SCHEMA_VERSION);
        assertTrue(Database.SCHEMA_VERSION >= 2, "there must be an earlier version to migrate from");
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void migratesFromEveryEarlierVersionKeepingTheData(int version) throws SQLException {
        Path file = dir.resolve("old.db");
        try (Database old = Database.open(file, Migrations.upTo(version))) {
            assertEquals(version, DatabaseTest.pragma(old, "user_version"));
            old.inTransaction(c -> {
                insertVersionOneRows(c);
                return null;
            });
        }

        try (Stores stores = Stores.open(file)) {
            assertEquals(Database.SCHEMA_VERSION, DatabaseTest.pragma(stores.database(), "user_version"));

            Document document = stores.documents().get(1).orElseThrow();
            assertEquals(TEXT, document.text());
            assertEquals(LocalDate.of(2024, 5, 2), document.published());
            assertEquals(Fixtures.NOW, document.importedAt());
            // The rows above are written raw; a file at version 3 or later had its index kept up to date by
            // the Hamish that wrote it, so only the migrations up to 3 (which build the index) are checked here.
            if (version < 3) {
                assertEquals(List.of(1L), stores.documents().searchWords("اسرائيل", 10), "older documents are indexed for search");
                List<SearchHit> bare = new CorpusSearch(stores.database()).search("خارجية", SearchOptions.firstPage());
                assertEquals(1, bare.size(), "proclitic-free forms of older documents are indexed (version 3)");
                assertEquals("خارجية", bare.get(0).lines().get(0).matched());
            }
            assertTrue(stores.annotations().orphans(1).isEmpty(), "no annotation is orphaned by the migration");

            Tag tag = stores.tags().list().get(0);
            assertEquals(new Tag(1, "شخص", TagKind.ENTITY, EntityType.PERSON, "#aa3300", "1"), tag);
            assertEquals(new Entity(1, "إسرائيل", EntityType.PLACE, List.of("اسرائيل", "Israel")),
                    stores.entities().get(1).orElseThrow());
            Annotation annotation = stores.annotations().get(1).orElseThrow();
            assertEquals(2, stores.annotations().forDocument(1).size());
            assertEquals(new Span(38, 45), annotation.span());
            assertEquals(TEXT.substring(38, 45), annotation.quote());
            assertEquals(1L, annotation.entityId());
            assertEquals(List.of(new Link(1, 1, 2, LinkType.SAME_CLAIM, "", Fixtures.NOW)), stores.links().list());

            // Version 5: an older entity starts with no removed form, and one can be removed from it.
            assertTrue(stores.entities().forms().excluded(1).isEmpty());
            ExcludedForm removed = new ExcludedForm("اسراييل", "إسرائيل");
            long revision = stores.entities().revision(1).orElseThrow().number();
            stores.entities().forms().exclude(1, removed, revision, new Revision(0, "test", Fixtures.NOW));
            assertEquals(List.of(removed), stores.entities().forms().excluded(1));

            // Version 6: no collection yet; an older document can be put in one, and deleting it leaves the collection.
            assertTrue(stores.collections().list().isEmpty());
            DocumentCollection event = stores.collections().insert("تفجير أبها", Fixtures.NOW, new Revision(0, "test", Fixtures.NOW));
            stores.collections().addDocuments(event.id(), List.of(new CollectionMember(1, Fixtures.NOW)),
                    stores.collections().revision(event.id()).orElseThrow().number(), new Revision(0, "test", Fixtures.NOW));
            assertEquals(List.of(1L), stores.collections().documentIds(event.id()));

            Path backup = stores.database().migrationBackup().orElseThrow();
            assertEquals(file.getParent(), backup.getParent());
            assertTrue(backup.getFileName().toString().matches("old\\.db\\.v" + version + "-backup-\\d{14}\\.db"),
                    backup.getFileName().toString());
            assertBackupHoldsTheOldDatabase(backup, version);
        }
    }

    @Test
    void doesNotMigrateOrBackUpAFileAlreadyCurrent() throws Exception {
        Path file = dir.resolve("current.db");
        Database.open(file).close();

        try (Database again = Database.open(file)) {
            assertTrue(again.migrationBackup().isEmpty());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    private static void insertVersionOneRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO document (id, title, outlet, published, language, text, content_hash, imported_at) "
                    + "VALUES (1, 'المفاوضات', 'وكالة', '2024-05-02', 'ar', '" + TEXT + "', 'hash-1', '" + Fixtures.NOW + "')");
            s.execute("INSERT INTO tag (id, name, kind, entity_type, colour, shortcut, position) "
                    + "VALUES (1, 'شخص', 'ENTITY', 'PERSON', '#aa3300', '1', 0)");
            s.execute("INSERT INTO entity (id, canonical_name, type) VALUES (1, 'إسرائيل', 'PLACE')");
            s.execute("INSERT INTO entity_alias (entity_id, alias) VALUES (1, 'اسرائيل'), (1, 'Israel')");
            s.execute("INSERT INTO annotation (id, document_id, start_offset, end_offset, quote, tag_id, entity_id, created, updated) "
                    + "VALUES (1, 1, 38, 45, '" + TEXT.substring(38, 45) + "', 1, 1, '" + Fixtures.NOW + "', '" + Fixtures.NOW + "'), "
                    + "(2, 1, 0, 5, '" + TEXT.substring(0, 5) + "', 1, NULL, '" + Fixtures.NOW + "', '" + Fixtures.NOW + "')");
            s.execute("INSERT INTO link (id, from_annotation, to_annotation, type, created) VALUES (1, 1, 2, 'SAME_CLAIM', '"
                    + Fixtures.NOW + "')");
        }
    }

    private static void assertBackupHoldsTheOldDatabase(Path backup, int version) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement s = raw.createStatement()) {
            assertEquals(version, Rows.count(raw, "PRAGMA user_version"));
            assertEquals(Database.APPLICATION_ID, Rows.count(raw, "PRAGMA application_id"));
            assertEquals(1, Rows.count(raw, "SELECT count(*) FROM document"));
            assertEquals(2, Rows.count(raw, "SELECT count(*) FROM annotation"));
            assertEquals("ok", s.executeQuery("PRAGMA integrity_check").getString(1));
        }
    }
}
