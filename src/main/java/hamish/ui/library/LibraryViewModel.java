package hamish.ui.library;

import hamish.app.Importing;
import hamish.io.ImportOutcome;
import hamish.model.DocumentSummary;
import hamish.text.ArabicNormalizer;
import hamish.ui.common.StoreSession;
import hamish.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * and the other spelling variants ArabicNormalizer folds, and importing dropped files and folders.
 */
public final class LibraryViewModel {

    private final StoreSession session;
    private final Messages messages;
    private final ObservableList<DocumentSummary> all = FXCollections.observableArrayList();
    private final FilteredList<DocumentSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper filesDone = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper filesTotal = new ReadOnlyIntegerWrapper();

    public LibraryViewModel(StoreSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
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

    private record ImportResult(List<ImportOutcome> outcomes, AnnotationImports annotations, List<DocumentSummary> summaries) {
    }
}
