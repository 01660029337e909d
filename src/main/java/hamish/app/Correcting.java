package hamish.app;

import hamish.app.history.Change;
import hamish.app.history.DeleteAnnotation;
import hamish.app.history.EditHistory;
import hamish.app.history.PlaceOrphan;
import hamish.io.ArticleFileReader;
import hamish.io.HtmlArticleReader;
import hamish.io.ImportedArticle;
import hamish.model.Annotation;
import hamish.model.Span;
import hamish.store.StoreException;
import hamish.store.Stores;
import hamish.store.TextCorrection;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Correcting a document's text (Edit → Replace text with corrected version, {@code hamish reanchor}):
 * the corrected file is read like an imported article, its text replaces the document's, and every
 * annotation is re-anchored; those it cannot place become orphans, which the user places on a span or
 * deletes, each an undoable step. The replacement itself is one transaction, confirmed in its own dialog,
 * and not on the edit history (ADR 9).
 */
public final class Correcting {

    private final Stores stores;
    private final EditHistory history;
    private final Clock clock;

    public Correcting(Stores stores, EditHistory history, Clock clock) {
        this.stores = stores;
        this.history = history;
        this.clock = clock;
    }

    /** Reads {@code file} (.txt or .html) and makes its text document {@code documentId}'s, re-anchoring its annotations. */
    public TextCorrection.Outcome replaceText(long documentId, Path file) {
        ImportedArticle article = HtmlArticleReader.isHtml(file) ? HtmlArticleReader.read(file) : ArticleFileReader.read(file);
        if (stores.documents().get(documentId).isEmpty()) {
            throw new StoreException("no document with id " + documentId);
        }
        return new TextCorrection(stores.database()).replaceText(documentId, article.article().text());
    }

    public Change place(Origin origin, Annotation orphan, Span span) {
        return history.run(new PlaceOrphan(orphan.id(), span, origin.writer(), clock), origin.scope(), stores);
    }

    public Change deleteOrphan(Origin origin, Annotation orphan) {
        return history.run(new DeleteAnnotation(orphan.id()), origin.scope(), stores);
    }
}
