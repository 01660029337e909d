package hamish.ui.library;

import hamish.app.DocumentDetails;
import hamish.app.Importing;
import hamish.app.Origin;
import hamish.app.history.Change;
import hamish.io.ImportOutcome;
import hamish.model.DocumentSummary;
import hamish.text.ArabicNormalizer;
import hamish.ui.common.StoreSession;
import hamish.ui.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The library: every document's summary, a filter on title and outlet that ignores hamza, harakat
 * and the other spelling variants ArabicNormalizer folds, importing dropped files and folders, and
 * setting a document's details (an undoable step of the window whose Ctrl+Z undoes it).
 */
public final class LibraryViewModel {

    /** A committed details change, with the undo state of the scope that made it, read where the history lives. */
    public record DetailsCommitted(Change change, boolean canUndo, boolean canRedo) {
    }

    private final StoreSession session;
    private final Messages messages;
    private final Clock clock;
    private final Origin origin;
    private Consumer<DetailsCommitted> onDetailsCommitted = committed -> { };
    private final ObservableList<DocumentSummary> all = FXCollections.observableArrayList();
    private final FilteredList<DocumentSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper filesDone = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper filesTotal = new ReadOnlyIntegerWrapper();

    /** {@code origin}: the window whose Ctrl+Z undoes a details change made here, and the writer its rows name. */
    public LibraryViewModel(StoreSession session, Messages messages, Clock clock, Origin origin) {
        this.session = session;
        this.messages = messages;
        this.clock = clock;
        this.origin = origin;
        filter.addListener((o, a, b) -> applyFilter());
    }

    public void setDocuments(List<DocumentSummary> summaries) {
        all.setAll(summaries);
    }

    public void reload() {
        session.read(s -> s.documents().list(), this::setDocuments);
    }

    /**
     * Imports files and folders in the background, reporting each file as it is done; at the end
     * tells the user what happened and, when exactly one document was new, opens it.
     */
    public void importPaths(List<Path> filesOrFolders, LongConsumer openDocument) {
        if (filesOrFolders.isEmpty()) {
            return;
        }
        importing.set(true);
        filesDone.set(0);
        filesTotal.set(0);
        session.write(s -> {
            // Listing first gives the progress bar a total; folders of thousands of files are the case it is for.
            int total = Importing.fileCount(filesOrFolders);
            session.executor().onUiThread(() -> filesTotal.set(total));
            AnnotationImports annotations = new AnnotationImports();
            Runnable oneMore = () -> session.executor().onUiThread(() -> filesDone.set(filesDone.get() + 1));
            Importing.run(s, filesOrFolders, annotations.counting(oneMore));
            return new ImportResult(annotations.outcomes(), annotations, s.documents().list());
        }, result -> {
            importing.set(false);
            setDocuments(result.summaries());
            ImportSummary summary = ImportSummary.of(result.outcomes());
            String text = result.annotations().describe(messages) + summary.describe(messages);
            if (summary.refused().isEmpty()) {
                session.notifier().info(text);
            } else {
                session.notifier().error(text);
            }
            summary.onlyNewDocument().ifPresent(openDocument::accept);
        }, failure -> importing.set(false));
    }

    /**
     * Why the details a form holds cannot be saved (the field and the value), or empty when they can; reads
     * nothing, so the dialog may ask on the UI thread before it closes.
     */
    public Optional<String> checkDetails(long documentId, String title, String outlet, String date, String url) {
        try {
            DocumentDetails.check(documentId, DocumentDetails.Request.of(title, outlet, date, url));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Sets a document's title, outlet, date and URL (empty: unknown) as one undoable step, in the background;
     * the list shows them once committed. Details already so make no step.
     */
    public void changeDetails(long documentId, String title, String outlet, String date, String url) {
        session.write(s -> {
            Change change = new DocumentDetails(s, session.history(), clock)
                    .change(origin, documentId, DocumentDetails.Request.of(title, outlet, date, url)).change();
            return new DetailsResult(new DetailsCommitted(change, session.history().canUndo(origin.scope()),
                    session.history().canRedo(origin.scope())), s.documents().list());
        }, done -> {
            setDocuments(done.summaries());
            if (!done.committed().change().documents().isEmpty()) {
                onDetailsCommitted.accept(done.committed());
            }
        });
    }

    /** Hears of every committed details change (the open document's title follows, the window's undo state too). */
    public void setOnDetailsCommitted(Consumer<DetailsCommitted> action) {
        onDetailsCommitted = action;
    }

    private void applyFilter() {
        String q = ArabicNormalizer.fold(filter.get() == null ? "" : filter.get().strip());
        shown.setPredicate(q.isEmpty() ? null
                : d -> ArabicNormalizer.fold(d.title()).contains(q) || ArabicNormalizer.fold(d.outlet()).contains(q));
    }

    public ObservableList<DocumentSummary> documents() {
        return shown;
    }

    public ObservableList<DocumentSummary> allDocuments() {
        return all;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty filesDoneProperty() {
        return filesDone.getReadOnlyProperty();
    }

    /** How many files the running import will go through (0 until they are listed). */
    public ReadOnlyIntegerProperty filesTotalProperty() {
        return filesTotal.getReadOnlyProperty();
    }

    private record DetailsResult(DetailsCommitted committed, List<DocumentSummary> summaries) {
    }

    private record ImportResult(List<ImportOutcome> outcomes, AnnotationImports annotations, List<DocumentSummary> summaries) {
    }
}
