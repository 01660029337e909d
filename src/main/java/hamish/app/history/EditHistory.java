package hamish.app.history;

import hamish.model.Revision;
import hamish.store.StaleRowException;
import hamish.store.Stores;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one edit history of an open database, shared by the main window and every compare pane. Each
 * step is kept with the scope that made it ("main window", "compare pane 2"); Ctrl+Z in a scope undoes
 * that scope's latest step, and its rows are checked first, so an undo never writes over a change made
 * since, in another scope or by another program (the command line). A refused undo or redo says who
 * changed what, writes nothing, and drops its step, so the older ones stay reachable.
 *
 * <p>Kept in memory: a restart starts with an empty history (see docs/decisions/0009-edit-history.md).
 * Thread-safe; the window calls it from its one background thread, the command line from its own.
 */
public final class EditHistory {

    /** Enough for a long session; the oldest steps fall off so memory stays bounded. */
    public static final int LIMIT = 1000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private record Entry(Step step, String scope) {
    }

    private final List<Entry> undo = new ArrayList<>();
    private final List<Entry> redo = new ArrayList<>();

    /** Performs {@code step} as one transaction and records it for {@code scope}; a step that fails is not recorded. */
    public synchronized Change run(Step step, String scope, Stores stores) {
        Change change = stores.inTransaction(() -> step.apply(stores));
        undo.add(new Entry(step, scope));
        if (undo.size() > LIMIT) {
            undo.remove(0);
        }
        redo.removeIf(e -> e.scope.equals(scope));
        return change;
    }

    /** Undoes the latest step of {@code scope}; empty when it has none. */
    public synchronized Optional<Change> undo(String scope, Stores stores) {
        return move(scope, stores, undo, redo, true);
    }

    /** Redoes the latest undone step of {@code scope}; empty when it has none. */
    public synchronized Optional<Change> redo(String scope, Stores stores) {
        return move(scope, stores, redo, undo, false);
    }

    public synchronized boolean canUndo(String scope) {
        return latest(undo, scope) >= 0;
    }

    public synchronized boolean canRedo(String scope) {
        return latest(redo, scope) >= 0;
    }

    /** What Ctrl+Z would undo in {@code scope}, for the Edit menu. */
    public synchronized Optional<String> nextUndo(String scope) {
        int at = latest(undo, scope);
        return at < 0 ? Optional.empty() : Optional.of(undo.get(at).step.describe());
    }

    private Optional<Change> move(String scope, Stores stores, List<Entry> from, List<Entry> to, boolean undoing) {
        int at = latest(from, scope);
        if (at < 0) {
            return Optional.empty();
        }
        Entry entry = from.get(at);
        Change change;
        try {
            change = stores.inTransaction(() -> undoing ? entry.step.revert(stores) : entry.step.apply(stores));
        } catch (RuntimeException e) {
            // Whatever the reason (a change made since, a row gone, a full disk), the step leaves the
            // history: kept on top it would stand between the user and every older step.
            from.remove(at);
            throw new UndoRefusedException(refusal(entry.step, undoing, e), e);
        }
        from.remove(at);
        to.add(entry);
        return Optional.of(change);
    }

    private static int latest(List<Entry> entries, String scope) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).scope.equals(scope)) {
                return i;
            }
        }
        return -1;
    }

    private static String refusal(Step step, boolean undoing, RuntimeException cause) {
        String what = (undoing ? "Undo of “" : "Redo of “") + step.describe() + "” refused: ";
        String why;
        if (cause instanceof StaleRowException stale) {
            why = stale.table() + " " + stale.id() + stale.current().map(EditHistory::changedBy).orElse(" was deleted since");
        } else {
            why = cause.getMessage();
        }
        return what + why + ". Nothing was changed; the step was dropped, older steps can still be undone.";
    }

    private static String changedBy(Revision r) {
        String who = r.changedBy().isBlank() ? "another program" : "the " + r.changedBy();
        return " was changed since by " + who + (r.at() == null ? "" : " at " + TIME.format(r.at()));
    }
}
