package hamish.ui.exchange;

import hamish.app.Exporting;
import hamish.io.ExportFileExistsException;
import hamish.io.ExportFormat;
import hamish.ui.common.StoreSession;
import hamish.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File → Export: a format, which documents, a folder; {@link Exporting#export} runs on the background
 * executor with progress. A file that exists is never replaced silently: the export stops before
 * writing, asks through {@code confirmOverwrite}, and only on yes runs again with overwrite.
 */
public final class ExportViewModel {

    public enum Scope { OPEN_DOCUMENT, SELECTED, CORPUS }

    /** Files named in the summary before "and N more". */
    static final int LISTED = 8;

    private final StoreSession session;
    private final Messages messages;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.CORPUS);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ObservableList<Path> written = FXCollections.observableArrayList();

    public ExportViewModel(StoreSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
    }

    /**
     * Exports {@code documentIds} (all documents when empty, which only the corpus scope passes) into the
     * chosen folder; {@code then} runs on the UI thread when it is over, whether written, declined or failed.
     */
    public void export(List<Long> documentIds, Predicate<Path> confirmOverwrite, Runnable then) {
        Path target = folder.get();
        if (target == null || running.get()) {
            then.run();
            return;
        }
        if (documentIds.isEmpty() && scope.get() != Scope.CORPUS) {
            session.notifier().error(messages.get("export.nothingChosen"));
            then.run();
            return;
        }
        run(List.copyOf(documentIds), target, false, confirmOverwrite, then);
    }

    private void run(List<Long> ids, Path target, boolean overwrite, Predicate<Path> confirmOverwrite, Runnable then) {
        ExportFormat f = format.get();
        running.set(true);
        progress.set(-1);
        written.clear();
        session.read(s -> {
            try {
                return new Result(Exporting.export(s, f, ids, target, overwrite,
                        (done, total) -> session.executor().onUiThread(() -> progress.set(total <= 0 ? -1 : (double) done / total)),
                        repair -> session.executor().onUiThread(() -> session.notifier().info(repair))), null);
            } catch (ExportFileExistsException e) {
                // Not a failure to report: a question for the user, asked on the UI thread.
                return new Result(List.of(), e.file());
            }
        }, result -> {
            running.set(false);
            if (result.existing() != null) {
                if (confirmOverwrite.test(result.existing())) {
                    run(ids, target, true, confirmOverwrite, then);
                    return;
                }
                then.run();
                return;
            }
            written.setAll(result.files());
            progress.set(1);
            session.notifier().info(summary(result.files()));
            then.run();
        }, failure -> {
            running.set(false);
            then.run();
        });
    }

    private String summary(List<Path> files) {
        StringBuilder sb = new StringBuilder(messages.format("export.done", files.size(), files.isEmpty() ? "" : files.get(0).getParent()));
        files.stream().limit(LISTED).forEach(p -> sb.append('\n').append(p.getFileName()));
        if (files.size() > LISTED) {
            sb.append('\n').append(messages.format("export.more", files.size() - LISTED));
        }
        return sb.toString();
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The files the last export wrote. */
    public ObservableList<Path> written() {
        return written;
    }

    private record Result(List<Path> files, Path existing) {
    }
}
