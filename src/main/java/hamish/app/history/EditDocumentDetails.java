package hamish.app.history;

import hamish.model.Document;
import hamish.model.Revision;
import hamish.store.Stores;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * Changes a document's details (title, outlet, published date, URL), as {@link EditAnnotation} changes an
 * annotation's fields: the change is computed from the document as stored when the step first runs,
 * only the fields it changes are written, and only while the row is at the revision the step expects.
 * Undo writes the old fields back and returns the row to its earlier revision; a change made since by
 * anyone (the command line, another window) refuses it.
 */
public final class EditDocumentDetails implements Step {

    private final long id;
    private final UnaryOperator<Document> edit;
    private final String by;
    private final Clock clock;
    private Document before;
    private Document after;
    private Revision revisionBefore;
    private Revision revisionAfter;

    public EditDocumentDetails(long documentId, UnaryOperator<Document> edit, String by, Clock clock) {
        this.id = documentId;
        this.edit = edit;
        this.by = by;
        this.clock = clock;
    }

    @Override
    public Change apply(Stores s) {
        if (before == null) {
            before = s.documents().get(id).orElseThrow(() -> new IllegalArgumentException("Document " + id + " does not exist."));
            revisionBefore = s.documents().revision(id).orElseThrow();
            after = edit.apply(before);
            s.documents().updateDetails(before, after, revisionBefore.number(), new Revision(0, by, clock.instant()));
            // Redo returns the row to this very revision, so steps made after this one still apply after a redo.
            revisionAfter = s.documents().revision(id).orElseThrow();
        } else {
            s.documents().updateDetails(before, after, revisionBefore.number(), revisionAfter);
        }
        return Change.details(id);
    }

    @Override
    public Change revert(Stores s) {
        s.documents().updateDetails(after, before, revisionAfter.number(), revisionBefore);
        return Change.details(id);
    }

    @Override
    public String describe() {
        return before == null ? "details of document " + id : "details of «" + Quotes.shorten(before.title()) + "»";
    }

    /** The document as this step left it. */
    public Document after() {
        return after;
    }
}
