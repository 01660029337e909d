package hamish.ui.common;

import hamish.app.history.EditHistory;
import hamish.store.InstanceLock;
import hamish.store.Stores;
import hamish.ui.task.BackgroundExecutor;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open database, reachable only through the background executor: every call runs there in
 * submission order, so the window never touches SQLite on the FX thread and writes never reorder.
 * Tracks whether everything the user did has been committed, for the status bar.
 */
public final class StoreSession {

    public enum SaveState { IDLE, SAVING, SAVED, FAILED }

    private final BackgroundExecutor executor;
    private final Notifier notifier;
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.IDLE);
    private int pendingWrites;
    // Written and read on the background thread only (or the caller's, with a direct executor).
    private Stores stores;
    private InstanceLock lock;
    // The one edit history of the open database, shared by the main window and every compare pane.
    private volatile EditHistory history = new EditHistory();

    public StoreSession(BackgroundExecutor executor, Notifier notifier) {
        this.executor = executor;
        this.notifier = notifier;
    }

    /** Opens {@code db}, then runs {@code firstLoad} on it, all in the background. */
    public <T> void open(Path db, Function<Stores, T> firstLoad, Consumer<T> onOpened, Consumer<String> onFailed) {
        executor.submit(() -> {
            // One window per database (ADR 8): a second window is refused before it opens anything.
            lock = InstanceLock.acquire(db);
            try {
                stores = Stores.open(db, "window");
                history = new EditHistory();
            } catch (RuntimeException e) {
                releaseLock();
                throw e;
            }
            return firstLoad.apply(stores);
        }, onOpened, failure -> {
            String message = UserMessages.describe(failure);
            notifier.error(message);
            onFailed.accept(message);
        });
    }

    /** Background work that changes nothing the user would lose (loading); failures are shown. */
    public <T> void read(Function<Stores, T> work, Consumer<? super T> onSuccess) {
        read(work, onSuccess, failure -> { });
    }

    /** As {@link #read(Function, Consumer)}, then {@code onFailure} after the user has been told. */
    public <T> void read(Function<Stores, T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        executor.submit(() -> work.apply(requireOpen()), onSuccess, failure -> {
            notifier.error(UserMessages.describe(failure));
            onFailure.accept(failure);
        });
    }

    /** A write the user made: "Saving…" until committed, then "Saved"; failures are shown, then {@code onFailure} runs. */
    public <T> void write(Function<Stores, T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        pendingWrites++;
        saveState.set(SaveState.SAVING);
        executor.submit(() -> work.apply(requireOpen()), result -> {
            finishWrite(true);
            onSuccess.accept(result);
        }, failure -> {
            finishWrite(false);
            notifier.error(UserMessages.describe(failure));
            onFailure.accept(failure);
        });
    }

    public <T> void write(Function<Stores, T> work, Consumer<? super T> onSuccess) {
        write(work, onSuccess, failure -> { });
    }

    private void finishWrite(boolean ok) {
        pendingWrites--;
        if (!ok) {
            saveState.set(SaveState.FAILED);
        } else if (pendingWrites == 0) {
            saveState.set(SaveState.SAVED);
        }
    }

    /** Closes the database after all queued work. */
    public void close() {
        executor.submit(() -> {
            try {
                if (stores != null) {
                    stores.close();
                    stores = null;
                }
            } finally {
                releaseLock();
            }
            return null;
        }, ignored -> { }, failure -> notifier.error(UserMessages.describe(failure)));
    }

    /**
     * The database's edit history. Use it only from work running on the executor (it waits for the step
     * that is being written, which the FX thread must never do).
     */
    public EditHistory history() {
        return history;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    public Notifier notifier() {
        return notifier;
    }

    private void releaseLock() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    private Stores requireOpen() {
        if (stores == null) {
            throw new IllegalStateException("No database is open.");
        }
        return stores;
    }
}
