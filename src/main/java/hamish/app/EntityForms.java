package hamish.app;

import hamish.app.history.Change;
import hamish.app.history.EditHistory;
import hamish.app.history.ExcludeForm;
import hamish.app.history.RemoveAlias;
import hamish.model.Entity;
import hamish.model.ExcludedForm;
import hamish.store.Stores;
import hamish.text.NameForm;
import hamish.text.PersonNameForms;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The forms an entity's mentions are looked for in, as the user sees and edits them (the compare window's
 * "Forms…", {@code hamish entity forms}): every form its names give, each with its kind and whether it can be
 * removed, and removing or restoring one as an undoable step.
 *
 * <p>Removing means two things. A generated form (surname, lineage, name without the first name…) is
 * remembered as removed, by its folded key, and no longer proposed for this entity; restoring it undoes that.
 * An alias is a name the user typed, not a generated form: removing it deletes the alias (and the forms it
 * generated go with it); Ctrl+Z or adding it again brings it back. The canonical name and the عبد respelling
 * of a name are the entity itself and cannot be removed.
 */
public final class EntityForms {

    /** What removing a form does, or that it was removed. */
    public enum Status {
        /** The canonical name, or a name written with عبد joined or apart: not removable. */
        FIXED,
        /** An alias the user gave: removing deletes it. */
        ALIAS,
        /** Generated from the names: removing stops it being proposed. */
        GENERATED,
        /** Generated, and removed by the user: restoring gives it back. */
        REMOVED
    }

    /**
     * One form of an entity. {@code kind} is null for a removed form its names no longer generate (the alias it
     * came from was deleted since): listed so that it can still be restored.
     */
    public record Form(String text, String key, NameForm.Kind kind, Status status) {

        public boolean removable() {
            return status == Status.ALIAS || status == Status.GENERATED;
        }

        public boolean restorable() {
            return status == Status.REMOVED;
        }
    }

    private final Stores stores;
    private final EditHistory history;
    private final Clock clock;

    public EntityForms(Stores stores, EditHistory history, Clock clock) {
        this.stores = stores;
        this.history = history;
        this.clock = clock;
    }

    /** Every form of the entity: its names first, then the generated ones, then removed ones no longer generated. */
    public List<Form> list(long entityId) {
        Entity e = entity(entityId);
        List<ExcludedForm> removed = stores.entities().forms().excluded(entityId);
        Set<String> removedKeys = new HashSet<>();
        removed.forEach(r -> removedKeys.add(r.key()));
        Set<String> aliasKeys = new HashSet<>();
        e.aliases().forEach(a -> aliasKeys.add(NameForm.keyOf(a)));
        String nameKey = NameForm.keyOf(e.canonicalName());
        List<Form> forms = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (NameForm f : PersonNameForms.of(e)) {
            String key = f.key();
            Status status;
            if (!f.removable()) {
                status = f.kind() == NameForm.Kind.NAME && aliasKeys.contains(key) && !key.equals(nameKey) ? Status.ALIAS : Status.FIXED;
            } else {
                status = removedKeys.contains(key) ? Status.REMOVED : Status.GENERATED;
            }
            shown.add(key);
            forms.add(new Form(f.text(), key, f.kind(), status));
        }
        for (ExcludedForm r : removed) {
            if (shown.add(r.key())) {
                forms.add(new Form(r.form(), r.key(), null, Status.REMOVED));
            }
        }
        return forms;
    }

    /**
     * Removes the form written {@code form} (any spelling that folds alike) from the entity: deletes it when it
     * is an alias, else stops proposing it. One undoable step of {@code origin}'s scope.
     *
     * @throws IllegalArgumentException when it is not a form of the entity, is its name, or is already removed
     */
    public Change remove(Origin origin, long entityId, String form) {
        Form found = find(entityId, form).orElseThrow(() -> notAForm(entityId, form));
        return switch (found.status()) {
            case FIXED -> throw new IllegalArgumentException("«" + form.strip() + "» is the name of «" + entity(entityId).canonicalName()
                    + "» itself; it cannot be removed.");
            case REMOVED -> throw new IllegalArgumentException("«" + form.strip() + "» is already removed.");
            case ALIAS -> history.run(new RemoveAlias(entityId, found.text(), origin.writer(), clock), origin.scope(), stores);
            case GENERATED -> history.run(ExcludeForm.remove(entityId, new ExcludedForm(found.key(), found.text()), origin.writer(), clock),
                    origin.scope(), stores);
        };
    }

    /**
     * Gives the entity back a removed generated form: one undoable step. A deleted alias is not restored here
     * (it is undone, or added again as an alias).
     *
     * @throws IllegalArgumentException when no removed form of the entity is written so
     */
    public Change restore(Origin origin, long entityId, String form) {
        Form found = find(entityId, form).filter(Form::restorable).orElseThrow(() -> new IllegalArgumentException(
                "«" + form.strip() + "» is not a removed form of «" + entity(entityId).canonicalName() + "»."));
        return history.run(ExcludeForm.restore(entityId, new ExcludedForm(found.key(), found.text()), origin.writer(), clock),
                origin.scope(), stores);
    }

    /**
     * The listed form with the same key as {@code text}. A form and its عبد respelling share a key; when several
     * share it the one that says most about removing wins: the name before an alias before a removed form.
     */
    private Optional<Form> find(long entityId, String text) {
        String key = NameForm.keyOf(text.strip());
        if (key.isBlank()) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" has no letters to name a form by.");
        }
        return list(entityId).stream().filter(f -> f.key().equals(key)).min(Comparator.comparing(Form::status));
    }

    private IllegalArgumentException notAForm(long entityId, String form) {
        return new IllegalArgumentException("«" + form.strip() + "» is not one of the forms of «" + entity(entityId).canonicalName()
                + "» (hamish entity forms lists them).");
    }

    private Entity entity(long entityId) {
        return stores.entities().get(entityId)
                .orElseThrow(() -> new IllegalArgumentException("The entity " + entityId + " no longer exists."));
    }
}
