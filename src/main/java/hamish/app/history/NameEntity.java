package hamish.app.history;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Revision;
import hamish.store.EntityCreation;
import hamish.store.Stores;
import java.time.Clock;
import java.util.List;

/**
 * Sets an annotation's entity or speaker by name, as one step: the entity of that name (found or
 * created in the same transaction, so two writers get one entity) or, when splitting a mention off, a
 * new entity of its own. Undo puts the annotation back and removes an entity the step created, if
 * nothing names it since; redo brings that entity back under its id.
 */
public final class NameEntity implements Step {

    /** How the name becomes an entity. */
    public enum Mode { FIND_OR_CREATE, NEW_ENTITY }

    private final long annotationId;
    private final String name;
    private final EntityType typeIfNew;
    private final boolean speaker;
    private final Mode mode;
    private final String by;
    private final Clock clock;
    private Entity entity;
    private Revision createdRevision;
    private EditAnnotation edit;

    /** A blank {@code name} clears the entity (or speaker). */
    public NameEntity(long annotationId, String name, EntityType typeIfNew, boolean speaker, Mode mode, String by, Clock clock) {
        this.annotationId = annotationId;
        this.name = name == null ? "" : name.strip();
        this.typeIfNew = typeIfNew == null ? EntityType.MISC : typeIfNew;
        this.speaker = speaker;
        this.mode = mode;
        this.by = by;
        this.clock = clock;
    }

    @Override
    public Change apply(Stores s) {
        if (edit == null) {
            if (!name.isEmpty()) {
                EntityCreation found = mode == Mode.NEW_ENTITY
                        ? new EntityCreation(s.entities().insert(new Entity(0, name, typeIfNew, List.of())), true)
                        : s.entities().findOrCreate(name, typeIfNew, by);
                entity = found.entity();
                createdRevision = found.created() ? s.entities().revision(entity.id()).orElseThrow() : null;
            }
            Long id = entity == null ? null : entity.id();
            edit = new EditAnnotation(annotationId, a -> speaker ? a.withSpeaker(id, clock.instant()) : a.withEntity(id, clock.instant()),
                    speaker ? "speaker" : "entity", by, clock);
        } else if (createdRevision != null) {
            s.entities().restore(entity, createdRevision);
        }
        Change change = edit.apply(s);
        return createdRevision != null ? change.withEntities() : change;
    }

    @Override
    public Change revert(Stores s) {
        Change change = edit.revert(s);
        if (createdRevision != null) {
            s.entities().deleteUnused(entity.id(), createdRevision.number());
            return change.withEntities();
        }
        return change;
    }

    @Override
    public String describe() {
        return (speaker ? "speaker " : "entity ") + (name.isEmpty() ? "cleared" : "«" + Quotes.shorten(name) + "»");
    }

    /** The entity the annotation now names (null when cleared), once applied. */
    public Entity entity() {
        return entity;
    }

    /** Whether the first apply created that entity. */
    public boolean createdEntity() {
        return createdRevision != null;
    }
}
