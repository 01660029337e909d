package hamish.ui.edit;

import hamish.store.AnnotationStore;

/**
 * One undoable user action on annotations. Both directions write to the store at once, so an undo
 * survives a crash just like the action it undoes.
 */
public interface AnnotationCommand {

    /** Does the action (the first time) or redoes it (after an undo). */
    Change perform(AnnotationStore store);

    /** Undoes what the last {@link #perform} did. */
    Change revert(AnnotationStore store);
}
