package hamish.ui.compare;

import hamish.app.EntityForms;
import hamish.model.Entity;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Forms…" of one entity in a compare window: the forms its mentions are looked for in, each with its kind and
 * whether removing it deletes an alias or stops a generated form being proposed. Removing and restoring are
 * steps of the compare window (its Ctrl+Z takes them back); the list is read again after every change to
 * entities the window commits, its own or an undo, so it always shows what is stored.
 */
public final class EntityFormsViewModel {

    private final CompareViewModel compare;
    private final Entity entity;
    private final ObservableList<EntityForms.Form> forms = FXCollections.observableArrayList();
    private final ChangeListener<Number> reloadOnChange = (o, a, b) -> load();

    public EntityFormsViewModel(CompareViewModel compare, Entity entity) {
        this.compare = compare;
        this.entity = entity;
        compare.entityChangesProperty().addListener(reloadOnChange);
    }

    /** Reads the forms in the background; the list changes once they are read. */
    public void load() {
        compare.loadForms(entity, forms::setAll);
    }

    /** Removes the form, or restores it when it was removed; a form that is the name itself is left alone. */
    public void toggle(EntityForms.Form form) {
        compare.toggleForm(entity, form);
    }

    /** Undoes the compare window's latest step (Ctrl+Z in the forms view as in the window). */
    public void undo() {
        compare.undo();
    }

    public void redo() {
        compare.redo();
    }

    /** Stops following the window's changes, when the view closes. */
    public void dispose() {
        compare.entityChangesProperty().removeListener(reloadOnChange);
    }

    public Entity entity() {
        return entity;
    }

    public ObservableList<EntityForms.Form> forms() {
        return forms;
    }
}
