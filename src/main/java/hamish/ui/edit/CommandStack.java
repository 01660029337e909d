package hamish.ui.edit;

import hamish.store.AnnotationStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo over {@link AnnotationCommand}s. Called from the one background thread that owns the
 * store, so commands run in the order the user gave them; a command that fails stays where it was
 * (a failed undo can be tried again, a failed action never enters the history).
 */
public final class CommandStack {

    /** Enough for a long session; the oldest steps fall off so memory stays bounded. */
    public static final int LIMIT = 500;

    private final Deque<AnnotationCommand> undo = new ArrayDeque<>();
    private final Deque<AnnotationCommand> redo = new ArrayDeque<>();

    public synchronized Change run(AnnotationCommand command, AnnotationStore store) {
        Change change = command.perform(store);
        undo.push(command);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        return change;
    }

    public synchronized Optional<Change> undo(AnnotationStore store) {
        AnnotationCommand command = undo.peek();
        if (command == null) {
            return Optional.empty();
        }
        Change change = command.revert(store);
        undo.pop();
        redo.push(command);
        return Optional.of(change);
    }

    public synchronized Optional<Change> redo(AnnotationStore store) {
        AnnotationCommand command = redo.peek();
        if (command == null) {
            return Optional.empty();
        }
        Change change = command.perform(store);
        redo.pop();
        undo.push(command);
        return Optional.of(change);
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }
}
