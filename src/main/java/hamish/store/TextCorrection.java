package hamish.store;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.text.Reanchorer.Result;
import hamish.text.Reanchorer.Status;
import hamish.text.Reanchorer;
import hamish.text.SearchKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Replaces a document's text with a corrected version (a typo fixed, a missing paragraph added) and
 * re-anchors its annotations with {@link Reanchorer}, all in one transaction. Annotations that cannot
 * be placed are never dropped: they stay, flagged orphaned with their old quote, and are listed
 * ({@link AnnotationStore#orphans}); orphans of an earlier correction are tried again.
 */
public final class TextCorrection {

    /** What a correction did: every annotation's result, in reading order of the old text. */
    public record Outcome(Document document, List<Result> results) {
        public Outcome {
            results = List.copyOf(results);
        }

        public long count(Status status) {
            return results.stream().filter(r -> r.status() == status).count();
        }

        public List<Annotation> orphans() {
            return results.stream().filter(r -> !r.placed()).map(Result::annotation).toList();
        }
    }

    private final Database database;
    private final AnnotationStore annotations;

    public TextCorrection(Database database) {
        this.database = database;
        this.annotations = new AnnotationStore(database);
    }

    /**
     * Stores {@code newText} (already in the stored form: NFC, {@code \n} line endings) as document
     * {@code documentId}'s text, moving its annotations.
     */
    public Outcome replaceText(long documentId, String newText) {
        if (newText.isEmpty() || newText.indexOf('\r') >= 0 || !Normalizer.isNormalized(newText, Normalizer.Form.NFC)) {
            throw new IllegalArgumentException("the corrected text must be non-empty, NFC, with \\n line endings");
        }
        DocumentStore documents = new DocumentStore(database);
        return database.inTransaction(c -> {
            Document old = documents.get(documentId).orElseThrow(
                    () -> new StoreException("document " + documentId + " does not exist"));
            String hash = sha256(newText);
            documents.findByHash(hash).filter(d -> d.id() != documentId).ifPresent(d -> {
                throw new StoreException("the corrected text is already in the library as document " + d.id()
                        + " (\"" + d.title() + "\")");
            });
            List<Annotation> current = new ArrayList<>(annotations.forDocument(documentId));
            current.addAll(annotations.orphans(documentId));
            List<Result> results = Reanchorer.reanchor(newText, current);
            try (PreparedStatement update = c.prepareStatement("UPDATE document SET text = ?, content_hash = ? WHERE id = ?")) {
                update.setString(1, newText);
                update.setString(2, hash);
                update.setLong(3, documentId);
                update.executeUpdate();
            }
            SearchIndex.remove(c, documentId);
            SearchIndex.add(c, documentId, SearchKeys.indexText(old.title(), newText));
            for (Result r : results) {
                if (r.placed()) {
                    annotations.update(r.reanchored(newText));
                } else {
                    markOrphaned(c, r.annotation().id());
                }
            }
            Document updated = new Document(documentId, old.title(), old.outlet(), old.published(), old.language(), newText,
                    hash, old.importedAt(), old.url(), old.author());
            return new Outcome(updated, results);
        });
    }

    private static void markOrphaned(Connection c, long annotationId) throws SQLException {
        try (PreparedStatement mark = c.prepareStatement("UPDATE annotation SET orphaned = 1 WHERE id = ?")) {
            mark.setLong(1, annotationId);
            mark.executeUpdate();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
