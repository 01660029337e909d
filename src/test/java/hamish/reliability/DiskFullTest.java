package hamish.reliability;

import hamish.store.RawSql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DocumentImporter;
import hamish.io.ImportOutcome;
import hamish.model.Document;
import hamish.store.StoreException;
import hamish.store.Stores;
import hamish.bench.support.ArabicTextGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk during a write: the write fails with the "disk is full" message, everything committed before
 * is intact, the store keeps answering reads, and writes work again once there is space.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    @Test
    void sqliteSizeLimitActsAsAFullDiskAndTheStoreRecovers() {
        try (Stores stores = Stores.open(dir.resolve("limited.db"))) {
            Library.fill(stores, 5, 11);
            String before = RawSql.write(stores.database(), c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = " + pageCount(st)); // no page more than it has
                }
                return content(stores);
            });

            StoreException refused = assertThrows(StoreException.class, () -> stores.documents().insert(big("لا مكان", 300_000)));

            assertEquals(stores.database().file() + ": the disk is full; the last change was not saved, everything before it is safe",
                    refused.getMessage());
            assertEquals(before, content(stores), "reads answer, and answer what was committed before");
            assertEquals("ok", integrity(stores));
            RawSql.write(stores.database(), c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = 1073741823");
                }
                return null;
            });
            stores.documents().insert(big("مكان", 300_000));
            assertEquals(6, stores.documents().count(), "with room again, the same write succeeds");
        }
    }

    @Test
    void aReallyFullFileSystemRefusesTheWriteKeepsTheDataAndRecovers() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(dir.resolve("fs"), "2m")) {
            Path db = fs.path().resolve("annotations.db");
            Path ballast = fs.path().resolve("ballast.bin");
            Path article = dir.resolve("مقال طويل.txt");
            Files.writeString(article, new ArabicTextGenerator(8).article(150_000), StandardCharsets.UTF_8);
            try (Stores stores = Stores.open(db)) {
                Library.fill(stores, 5, 12);
                String before = content(stores);
                long ballastBytes = fs.fillWith(ballast);

                StoreException refused = assertThrows(StoreException.class, () -> stores.documents().insert(big("ممتلئ", 400_000)));
                ImportOutcome imported = new DocumentImporter(stores.documents()).importFile(article);

                assertEquals(db + ": the disk is full; the last change was not saved, everything before it is safe", refused.getMessage());
                assertEquals(ImportOutcome.Status.REFUSED, imported.status());
                assertEquals("مقال طويل.txt: not saved: " + refused.getMessage(), imported.message());
                assertEquals(before, content(stores), "reads answer, and answer what was committed before");
                assertEquals("ok", integrity(stores));

                Files.delete(ballast);
                assertEquals(ImportOutcome.Status.IMPORTED, new DocumentImporter(stores.documents()).importFile(article).status());
                assertEquals(6, stores.documents().count());
                ReliabilityReport.record("disk-full-tmpfs", "2 MB tmpfs filled (" + ballastBytes / 1024 + " KB ballast): "
                        + "insert and import refused with the disk-full message, 5 documents / 15 annotations intact, "
                        + "integrity_check ok, import succeeded after freeing space");
            }
            assertEquals("ok", DatabaseDump.integrity(db));
        }
    }

    private static Document big(String title, int chars) {
        String text = new ArabicTextGenerator(title.hashCode()).article(chars);
        return new Document(0, title, "", null, "ar", text, title + text.hashCode(), Instant.now());
    }

    /** Everything the user would see: every document with its text, every annotation, the settings. */
    private static String content(Stores stores) {
        StringBuilder all = new StringBuilder();
        stores.documents().list().forEach(d -> {
            all.append(stores.documents().get(d.id()).orElseThrow()).append('\n');
            stores.annotations().forDocument(d.id()).forEach(a -> all.append(a).append('\n'));
        });
        all.append(stores.tags().list()).append(stores.settings().get("author"));
        return all.toString();
    }

    private static String integrity(Stores stores) {
        return RawSql.write(stores.database(), c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    private static int pageCount(Statement st) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA page_count")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
