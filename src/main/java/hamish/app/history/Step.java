package hamish.app.history;

import hamish.store.Stores;

/**
 * One user action as the edit history keeps it: small, exact changes to named rows, each applied only
 * while those rows are as the step expects (see docs/decisions/0009-edit-history.md). The history runs
 * {@link #apply} and {@link #revert} inside one transaction each; a step that finds a row changed by
 * someone else throws {@link hamish.store.StaleRowException} or {@link StepConflict} and writes nothing.
 */
public interface Step {

    /** Does the action (the first time) or redoes it (after an undo). */
    Change apply(Stores stores);

    /** Undoes what the last {@link #apply} did. */
    Change revert(Stores stores);

    /** The action in a few words, for the Edit menu and messages: "tag «غانتس» as Person". */
    String describe();
}
