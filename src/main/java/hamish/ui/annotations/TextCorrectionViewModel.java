package hamish.ui.annotations;

import hamish.app.Correcting;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.store.TextCorrection;
import hamish.text.Reanchorer.Status;
import hamish.ui.common.StoreSession;
import hamish.ui.i18n.Messages;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Edit → Replace text with corrected version: stores the corrected text of the open document and moves
 * its annotations ({@link TextCorrection}), then reopens it. Annotations that could not be placed stay,
 * orphaned, in {@link #orphans()} until the user deletes them or places them on a span of the new text.
 */
public final class TextCorrectionViewModel {

    /** How many annotations a correction left in place, moved, placed approximately (to check) and orphaned. */
    public record Counts(long unchanged, long moved, long fuzzy, long orphaned) {
    }

    private final StoreSession session;
    private final DocumentViewModel document;
    private final Messages messages;
    private final ObservableList<Annotation> orphans = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Counts> lastCounts = new ReadOnlyObjectWrapper<>();

    public TextCorrectionViewModel(StoreSession session, DocumentViewModel document, Messages messages) {
        this.session = session;
        this.document = document;
        this.messages = messages;
        // Another document opened. Reopening an equal document fires nothing: the commands reload the list themselves.
        document.documentProperty().addListener((o, a, d) -> loadOrphans(d));
    }

    /** Reads {@code file} like an imported article and makes its text the open document's; {@code then} runs after the reload. */
    public void replaceText(Path file, Runnable then) {
        Document open = document.documentProperty().get();
        if (open == null) {
            return;
        }
        long id = open.id();
        session.write(s -> correcting(s).replaceText(id, file), outcome -> {
            Counts counts = new Counts(outcome.count(Status.EXACT_POSITION), outcome.count(Status.MOVED),
                    outcome.count(Status.FUZZY), outcome.count(Status.ORPHANED));
            lastCounts.set(counts);
            String text = messages.format("correction.done", counts.unchanged(), counts.moved(), counts.fuzzy(), counts.orphaned());
            if (counts.orphaned() > 0) {
                session.notifier().error(text);
            } else {
                session.notifier().info(text);
            }
            // Reopening shows the new text and the moved annotations; the orphans are read after it.
            document.open(id, () -> {
                loadOrphans(document.documentProperty().get());
                then.run();
            });
        });
    }

    /** Places an orphan on {@code span} of the open document's text: it becomes an ordinary annotation there. */
    public void place(Annotation orphan, Span span) {
        Document open = document.documentProperty().get();
        if (open == null || span == null || span.isEmpty() || open.id() != orphan.documentId() || span.end() > open.text().length()) {
            return;
        }
        session.write(s -> correcting(s).place(document.origin(), orphan, span), placed -> {
            orphans.removeIf(a -> a.id() == orphan.id());
            document.open(open.id(), () -> { });
        });
    }

    /** Deletes an orphan: a step of the main window's history, whose undo puts it back in the orphan list. */
    public void delete(Annotation orphan) {
        session.write(s -> correcting(s).deleteOrphan(document.origin(), orphan),
                gone -> orphans.removeIf(a -> a.id() == orphan.id()));
    }

    private Correcting correcting(hamish.store.Stores s) {
        return new Correcting(s, session.history(), java.time.Clock.systemUTC());
    }

    private void loadOrphans(Document d) {
        if (d == null) {
            orphans.clear();
            return;
        }
        session.read(s -> s.annotations().orphans(d.id()), found -> {
            Document now = document.documentProperty().get();
            if (now != null && now.id() == d.id()) {
                orphans.setAll(found);
            }
        });
    }

    /** The open document's orphaned annotations, with their old quote. */
    public ObservableList<Annotation> orphans() {
        return orphans;
    }

    public ReadOnlyObjectProperty<Counts> lastCountsProperty() {
        return lastCounts.getReadOnlyProperty();
    }
}
