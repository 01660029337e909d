package hamish.ui.annotations;

import hamish.model.Annotation;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.ui.Catalog;
import hamish.ui.edit.Change;
import hamish.ui.edit.CommandStack;
import hamish.ui.edit.UpdateAnnotation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Setting an annotation's entity or speaker by name, planned on the UI thread and carried out in the
 * background: a known name (any spelling the catalog folds to it, or an alias the store knows) is
 * reused; an unknown one becomes a new entity, typed by the annotation's tag (speakers are persons);
 * a blank name clears the field. The annotation change is one undoable step; the new entity stays.
 */
final class EntityAssignment {

    record Result(Entity entity, Change change) {
    }

    private final long annotationId;
    private final String wanted;
    private final Optional<Entity> known;
    private final EntityType typeIfNew;
    private final boolean speaker;
    private final Clock clock;

    private EntityAssignment(long annotationId, String wanted, Optional<Entity> known, EntityType typeIfNew,
                             boolean speaker, Clock clock) {
        this.annotationId = annotationId;
        this.wanted = wanted;
        this.known = known;
        this.typeIfNew = typeIfNew;
        this.speaker = speaker;
        this.clock = clock;
    }

    /** The assignment to make, or empty when the annotation already has that name there. */
    static Optional<EntityAssignment> plan(Annotation shown, String name, boolean speaker, Catalog catalog, Clock clock) {
        String wanted = name == null ? "" : name.strip();
        Long currentId = speaker ? shown.speakerEntityId() : shown.entityId();
        if (wanted.equals(catalog.entityName(currentId))) {
            return Optional.empty();
        }
        Optional<Entity> known = wanted.isEmpty() ? Optional.empty() : catalog.entityNamed(wanted);
        EntityType type = speaker ? EntityType.PERSON : catalog.tag(shown.tagId()).map(Tag::entityType).orElse(null);
        return Optional.of(new EntityAssignment(shown.id(), wanted, known, type == null ? EntityType.MISC : type, speaker, clock));
    }

    /** Runs on the background thread. */
    Result applyTo(Stores s, CommandStack history) {
        Entity entity = null;
        if (!wanted.isEmpty()) {
            entity = known.or(() -> s.entities().findByName(wanted))
                    .orElseGet(() -> s.entities().insert(new Entity(0, wanted, typeIfNew, List.of())));
        }
        Long entityId = entity == null ? null : entity.id();
        Annotation before = s.annotations().get(annotationId).orElseThrow(
                () -> new IllegalArgumentException("The annotation " + annotationId + " no longer exists."));
        Annotation after = speaker ? before.withSpeaker(entityId, clock.instant()) : before.withEntity(entityId, clock.instant());
        return new Result(entity, history.run(new UpdateAnnotation(before, after), s.annotations()));
    }
}
