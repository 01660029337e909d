package hamish.ui.common;

import hamish.app.history.EditHistory;
import hamish.store.ConcurrentChangeException;
import hamish.store.InstanceLock;
import hamish.store.PostgresTarget;
import hamish.store.StaleRowException;
import hamish.store.Stores;
import hamish.ui.task.BackgroundExecutor;
import java.nio.file.Path;
import java.util.Set;
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
    // What the others on a team database change, heard on a thread of the store's; closed with the database.
    private AutoCloseable watcher;
    private volatile Consumer<Set<String>> onOthersChanged = tables -> { };
    /** Further listeners (compare windows), each added and removed by its window. */
    private final java.util.List<Consumer<Set<String>>> othersListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Runnable onLostRace = () -> { };
    private volatile String location = "";
    private volatile boolean onServer;

    public StoreSession(BackgroundExecutor executor, Notifier notifier) {
        this.executor = executor;
        this.notifier = notifier;
    }

    /** Opens {@code db}, then runs {@code firstLoad} on it, all in the background. */
    public <T> void open(Path db, Function<Stores, T> firstLoad, Consumer<T> onOpened, Consumer<String> onFailed) {
        open(db.toString(), firstLoad, onOpened, onFailed);
    }

    /**
     * Opens {@code target}, a SQLite file's path or a team database's {@code postgresql://} URL, then runs
     * {@code firstLoad} on it, all in the background. A file is locked to this window (ADR 8); a team database is
     * not (several windows on it are the point), and the others' changes are heard from as it opens.
     */
    public <T> void open(String target, Function<Stores, T> firstLoad, Consumer<T> onOpened, Consumer<String> onFailed) {
        boolean server = PostgresTarget.isUrl(target);
        executor.submit(() -> {
            // One window per database file (ADR 8): a second window is refused before it opens anything.
            lock = server ? null : InstanceLock.acquire(Path.of(target));
            try {
                stores = Stores.open(target, "window");
                history = new EditHistory();
                location = stores.database().location();
                onServer = stores.database().onServer();
                if (onServer) {
                    watcher = stores.database().watchOthers(tables -> {
                        onOthersChanged.accept(tables);
                        othersListeners.forEach(l -> l.accept(tables));
                    });
                }
            } catch (RuntimeException e) {
                closeQuietly();
                throw e;
            }
            return firstLoad.apply(stores);
        }, onOpened, failure -> {
            String message = UserMessages.describe(failure);
            notifier.error(message);
            onFailed.accept(message);
        });
    }

    /**
     * What to do when other users changed tables of a team database (their names, or "*" after a reconnect).
     * Called on the store's listening thread: the caller moves to the FX thread itself.
     */
    public void setOnOthersChanged(Consumer<Set<String>> action) {
        onOthersChanged = action == null ? tables -> { } : action;
    }

    /**
     * Also calls {@code listener} when other users change the team database (on the listening thread, as
     * {@link #setOnOthersChanged}); the result removes it again.
     */
    public Runnable addOthersChangedListener(Consumer<Set<String>> listener) {
        othersListeners.add(listener);
        return () -> othersListeners.remove(listener);
    }

    /** What to do after a write lost a race with another writer (the user was told): typically reread what is shown. */
    public void setOnLostRace(Runnable action) {
        onLostRace = action == null ? () -> { } : action;
    }

    /** The database's file path or server address (never a password); empty until it has opened. */
    public String location() {
        return location;
    }

    /** Whether the open database is a team database on a server. */
    public boolean onServer() {
        return onServer;
    }

    /** What the user is shown for {@code db}: a file's absolute path, a server's address without any password. */
    public static String displayName(String db) {
        if (PostgresTarget.isUrl(db)) {
            try {
                return PostgresTarget.parse(db).toString();
            } catch (RuntimeException e) {
                return UserMessages.describe(e);
            }
        }
        return Path.of(db).toAbsolutePath().toString();
    }

    /** A write that failed because another writer changed the same rows first. */
    public static boolean lostRace(Throwable failure) {
        return failure instanceof ConcurrentChangeException || failure instanceof StaleRowException;
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
            if (lostRace(failure) || onServer) {
                // The user who lost the race sees what won it. On a team database any refused write may be one
                // (another user deleted the annotation meanwhile): what is shown is reread either way.
                onLostRace.run();
            }
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
            closeQuietly();
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

    /** Stops listening, closes the database and releases the lock, whichever of them are there. */
    private void closeQuietly() {
        try {
            if (watcher != null) {
                try {
                    watcher.close();
                } catch (Exception e) {
                    // Stopping to listen cannot lose anything the user did.
                }
                watcher = null;
            }
            if (stores != null) {
                Stores open = stores;
                stores = null;
                open.close();
            }
        } finally {
            releaseLock();
        }
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
