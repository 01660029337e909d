package hamish.ui.exchange;

import hamish.app.DatasetImport;
import hamish.app.DatasetPreview;
import hamish.io.DatasetArticles;
import hamish.io.DatasetFields;
import hamish.io.DatasetFields.Part;
import hamish.io.DatasetFormat;
import hamish.io.ImportException;
import hamish.io.ImportOutcome;
import hamish.io.NewsDates;
import hamish.io.ParsedArticle;
import hamish.text.OneLine;
import hamish.ui.common.StoreSession;
import hamish.ui.common.UserMessages;
import hamish.ui.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File → Import dataset: the first rows of a dataset as they would be stored under a mapping of fields to parts
 * (preselected from the usual field names, changed by the user), then the import itself with live counts and a
 * cancel that stops after the batch being written. The file is read, and the rows written, on the session's
 * background thread only; the counts reach the UI thread at most every {@link #PUBLISH_EVERY_MS} ms.
 */
public final class DatasetImportViewModel {

    /** Rows the preview reads, however large the file. */
    public static final int PREVIEW_ROWS = 20;
    /** The text a preview row shows of its article. */
    static final int TEXT_SHOWN = 80;
    static final long PUBLISH_EVERY_MS = 100;
    /** Problems listed before "… and N more": a dataset of thousands of bad rows needs its reason, not each line. */
    static final int PROBLEMS_LISTED = 2000;

    /** One preview row as it will be stored; {@code problem} is set when the row would be skipped. */
    public record PreviewRow(long line, String title, String outlet, String date, String url, String author, String text,
                             String problem) {
        public boolean bad() {
            return problem != null;
        }
    }

    /** The counts so far and the problems heard of since the last snapshot. */
    private record Counts(int imported, int duplicates, int bad, int warnings, double progress, List<String> problems) {
    }

    private record Outcome(DatasetImport.Summary summary, Counts last, String error) {
    }

    private final StoreSession session;
    private final Messages messages;
    private final Runnable onImported;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetFormat> format = new SimpleObjectProperty<>(DatasetFormat.JSON_LINES);
    private final ObservableList<String> fieldNames = FXCollections.observableArrayList();
    private final Map<Part, ObjectProperty<String>> fieldOf = new EnumMap<>(Part.class);
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper imported = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper duplicates = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper bad = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final BooleanBinding canImport;
    private DatasetPreview preview;
    // While the defaults are put in the choices after a (re)load: one refresh at the end, not one per part.
    private boolean choosing;
    private int problemsLeftOut;

    /** {@code onImported} runs on the UI thread once an import is over (the library rereads its documents). */
    public DatasetImportViewModel(StoreSession session, Messages messages, Runnable onImported) {
        this.session = session;
        this.messages = messages;
        this.onImported = onImported;
        for (Part part : Part.values()) {
            ObjectProperty<String> choice = new SimpleObjectProperty<>();
            choice.addListener((o, a, b) -> {
                if (!choosing) {
                    refresh();
                }
            });
            fieldOf.put(part, choice);
        }
        format.addListener((o, a, b) -> {
            if (b != null && file.get() != null) {
                loadPreview();
            }
        });
        canImport = Bindings.createBooleanBinding(() -> file.get() != null && !loading.get() && error.get().isEmpty()
                        && fieldOf.get(Part.TEXT).get() != null && !running.get() && !finished.get(),
                file, loading, error, fieldOf.get(Part.TEXT), running, finished);
    }

    /** Opens {@code dataset}: its format from its name (JSON Lines when the name says none), then its first rows. */
    public void open(Path dataset) {
        file.set(dataset);
        finished.set(false);
        DatasetFormat named = DatasetFormat.ofFileName(dataset).orElse(DatasetFormat.JSON_LINES);
        if (named == format.get()) {
            loadPreview();
        } else {
            format.set(named); // loads through the listener
        }
    }

    private void loadPreview() {
        Path f = file.get();
        DatasetFormat fmt = format.get();
        loading.set(true);
        error.set("");
        session.executor().submit(() -> DatasetPreview.read(f, fmt, PREVIEW_ROWS), p -> {
            if (!f.equals(file.get()) || fmt != format.get()) {
                return; // a newer load is on its way
            }
            loading.set(false);
            preview = p;
            if (!fieldNames.equals(p.fieldNames())) {
                choose(p.fieldNames());
            }
            refresh();
        }, failure -> {
            if (!f.equals(file.get()) || fmt != format.get()) {
                return;
            }
            loading.set(false);
            preview = null;
            error.set(describe(f, failure));
            refresh();
        });
    }

    /** New field names: each part takes the field of its usual name, or none. */
    private void choose(List<String> names) {
        choosing = true;
        try {
            fieldNames.setAll(names);
            Map<Part, String> usual = DatasetFields.usual().resolve(new LinkedHashSet<>(names));
            for (Part part : Part.values()) {
                fieldOf.get(part).set(usual.get(part));
            }
        } finally {
            choosing = false;
        }
    }

    /** The preview rows under the mapping chosen now; no file is read. */
    private void refresh() {
        if (preview == null) {
            rows.clear();
            return;
        }
        Map<Part, String> mapping = mapping();
        List<DatasetArticles.Result> results = preview.articles(mapping);
        List<PreviewRow> shown = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            DatasetArticles.Result r = results.get(i);
            if (r instanceof DatasetArticles.Article a) {
                ParsedArticle p = a.article().article();
                String rawDate = OneLine.of(preview.raw(i, mapping.get(Part.DATE)));
                String date = p.published() != null ? p.published().toString()
                        : rawDate.isEmpty() ? "" : messages.format("datasetImport.unreadDate", rawDate);
                String url = p.url().isEmpty() && !preview.raw(i, mapping.get(Part.URL)).isBlank()
                        ? messages.format("datasetImport.notWebAddress", OneLine.of(preview.raw(i, mapping.get(Part.URL)))) : p.url();
                shown.add(new PreviewRow(a.line(), p.title(), p.outlet(), date, url, a.author(), opening(p.text(), p.title()), null));
            } else if (r instanceof DatasetArticles.Bad b) {
                shown.add(new PreviewRow(b.line(), "", "", "", "", "", "", b.problem()));
            }
        }
        rows.setAll(shown);
    }

    /** The first {@link #TEXT_SHOWN} chars of the article after its title (which the stored text opens with), on one line. */
    private static String opening(String text, String title) {
        String body = text.startsWith(title) ? text.substring(title.length()) : text;
        String line = OneLine.of(body);
        if (line.length() <= TEXT_SHOWN) {
            return line;
        }
        int cut = Character.isLowSurrogate(line.charAt(TEXT_SHOWN)) ? TEXT_SHOWN - 1 : TEXT_SHOWN;
        return line.substring(0, cut).strip() + "…";
    }

    /** The field chosen for each part; a part with none is left out. */
    public Map<Part, String> mapping() {
        Map<Part, String> m = new LinkedHashMap<>();
        fieldOf.forEach((part, choice) -> {
            if (choice.get() != null) {
                m.put(part, choice.get());
            }
        });
        return Collections.unmodifiableMap(m);
    }

    /** The mapping as the import takes it: exactly the fields chosen, "none" meaning none. */
    public DatasetFields fields() {
        return DatasetFields.exactly(mapping());
    }

    /**
     * Imports the whole file under the chosen mapping, in the background; {@code then} runs on the UI thread when
     * it is over (done, cancelled or failed), after the library has been told to reread.
     */
    public void runImport(Runnable then) {
        if (!canImport.get()) {
            then.run();
            return;
        }
        Path f = file.get();
        DatasetFormat fmt = format.get();
        DatasetFields fields = fields();
        cancelRequested.set(false);
        running.set(true);
        problems.clear();
        problemsLeftOut = 0;
        summary.set("");
        show(new Counts(0, 0, 0, 0, -1, List.of()));
        session.write(s -> {
            Tally tally = new Tally(size(f));
            try {
                DatasetImport.Summary done = new DatasetImport(s).run(f, fmt, fields, tally, cancelRequested::get);
                return new Outcome(done, tally.snapshot(), null);
            } catch (ImportException e) {
                return new Outcome(null, tally.snapshot(), e.getMessage());
            }
        }, outcome -> {
            running.set(false);
            finished.set(true);
            show(outcome.last());
            if (outcome.error() != null) {
                error.set(outcome.error());
            } else {
                progress.set(1);
                summary.set(describe(outcome.summary()));
            }
            onImported.run();
            then.run();
        }, failure -> {
            running.set(false);
            finished.set(true);
            error.set(describe(f, failure));
            onImported.run();
            then.run();
        });
    }

    /** Stops the running import after the batch being written; what was committed stays. */
    public void cancel() {
        cancelRequested.set(true);
    }

    /** What became of the import as a whole; the counts are shown beside it. */
    private String describe(DatasetImport.Summary s) {
        if (s.cancelled()) {
            return messages.format("datasetImport.cancelled", s.imported() + s.duplicates() + s.bad());
        }
        return messages.format("datasetImport.done", nameOf(file.get()));
    }

    private static String describe(Path f, Throwable failure) {
        if (failure instanceof ImportException e) {
            return e.getMessage();
        }
        String message = UserMessages.describe(failure);
        String name = nameOf(f);
        return message.contains(name) ? message : name + ": " + message;
    }

    private static String nameOf(Path f) {
        return String.valueOf(f.getFileName());
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1; // the reading reports what is wrong with the file; the bar only goes without a total
        }
    }

    private void show(Counts c) {
        imported.set(c.imported());
        duplicates.set(c.duplicates());
        bad.set(c.bad());
        warnings.set(c.warnings());
        progress.set(c.progress());
        int room = Math.max(0, PROBLEMS_LISTED - problems.size());
        problems.addAll(c.problems().subList(0, Math.min(room, c.problems().size())));
        problemsLeftOut += c.problems().size() - Math.min(room, c.problems().size());
        if (problemsLeftOut > 0 && !running.get()) {
            problems.add(messages.format("datasetImport.moreProblems", problemsLeftOut));
        }
    }

    /** Counts on the importing thread; a snapshot goes to the UI thread at most every {@link #PUBLISH_EVERY_MS} ms. */
    private final class Tally implements DatasetImport.Listener {
        private final long size;
        private int importedSoFar;
        private int duplicatesSoFar;
        private int badSoFar;
        private int warningsSoFar;
        private long bytes;
        private final List<String> unpublished = new ArrayList<>();
        private long publishedAt;
        private boolean published;

        Tally(long size) {
            this.size = size;
        }

        @Override
        public void article(long line, ImportOutcome o, List<String> rowWarnings) {
            switch (o.status()) {
                case IMPORTED -> importedSoFar++;
                case DUPLICATE -> duplicatesSoFar++;
                case REFUSED -> {
                    badSoFar++;
                    unpublished.add(messages.format("datasetImport.badLine", line, o.message()));
                }
            }
            warningsSoFar += rowWarnings.size();
            rowWarnings.forEach(w -> unpublished.add(messages.format("datasetImport.warning", line, w)));
        }

        @Override
        public void bad(long line, String problem) {
            badSoFar++;
            unpublished.add(messages.format("datasetImport.badLine", line, problem));
        }

        /** Told after each batch is committed, when its rows have been heard of. */
        @Override
        public void progress(long bytesRead) {
            bytes = bytesRead;
            publishSometimes();
        }

        private void publishSometimes() {
            long now = System.nanoTime();
            if (published && now - publishedAt < TimeUnit.MILLISECONDS.toNanos(PUBLISH_EVERY_MS)) {
                return;
            }
            published = true;
            publishedAt = now;
            Counts c = snapshot();
            session.executor().onUiThread(() -> {
                if (running.get()) {
                    show(c);
                }
            });
        }

        Counts snapshot() {
            Counts c = new Counts(importedSoFar, duplicatesSoFar, badSoFar, warningsSoFar,
                    size > 0 ? Math.min(1, (double) bytes / size) : -1, List.copyOf(unpublished));
            unpublished.clear();
            return c;
        }
    }

    // ---- properties -------------------------------------------------------------------------------

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<DatasetFormat> formatProperty() {
        return format;
    }

    /** The field names of the rows previewed, in the order they first appear. */
    public ObservableList<String> fieldNames() {
        return fieldNames;
    }

    /** The field chosen for {@code part}; null: none. */
    public ObjectProperty<String> fieldOf(Part part) {
        return fieldOf.get(part);
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the file cannot be previewed or imported, naming it; empty when nothing is wrong. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** An import has run (to its end, its cancel or its failure): the dialog only closes now. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty duplicatesProperty() {
        return duplicates.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty badProperty() {
        return bad.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** 0..1 of the file read, or -1 while its size is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the import did, or how far it got when cancelled; empty before it is over. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Each bad row with its line and reason, each warning with its row, in file order. */
    public ObservableList<String> problems() {
        return problems;
    }

    public String describeCounts() {
        return messages.format("datasetImport.counts", imported.get(), duplicates.get(), bad.get(), warnings.get());
    }
}
