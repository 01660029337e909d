package hamish.app;

import hamish.analysis.EntityProposal;
import hamish.app.history.Change;
import hamish.app.history.CreateAnnotations;
import hamish.app.history.DeleteAnnotation;
import hamish.app.history.EditAnnotation;
import hamish.app.history.EditHistory;
import hamish.app.history.NameEntity;
import hamish.app.history.Step;
import hamish.app.history.TakeoverThen;
import hamish.model.Annotation;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.store.StoreException;
import hamish.store.Stores;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The use cases on annotations that the window and the command line both perform: tag spans, edit,
 * delete, name the entity or speaker, split a mention off, undo and redo. Each is one step of the
 * database's {@link EditHistory}, recorded for the {@link Origin}'s scope (whose Ctrl+Z undoes it); the
 * rows it writes name the origin's writer. Runs on the caller's thread: the window calls it from its
 * background thread.
 */
public final class Annotating {

    private final Stores stores;
    private final EditHistory history;
    private final Clock clock;
    /** A takeover to make in the same step as the next change, or null. */
    private final Step takeover;

    public Annotating(Stores stores, EditHistory history, Clock clock) {
        this(stores, history, clock, null);
    }

    private Annotating(Stores stores, EditHistory history, Clock clock, Step takeover) {
        this.stores = stores;
        this.history = history;
        this.clock = clock;
        this.takeover = takeover;
    }

    /**
     * These use cases with each change preceded, in the same step, by making annotation {@code annotationId}
     * {@code user}'s: the history records the takeover, and one undo gives the annotation back to its annotator.
     */
    public Annotating takingOver(Origin origin, long annotationId, String user) {
        return new Annotating(stores, history, clock,
                new EditAnnotation(annotationId, a -> a.withAuthor(user), "takeover", origin.writer(), clock));
    }

    private Change run(Step step, Origin origin) {
        return history.run(takeover == null ? step : new TakeoverThen(takeover, step), origin.scope(), stores);
    }

    /** Stores the unsaved annotations as one step; returns them as stored. */
    public List<Annotation> tag(Origin origin, List<Annotation> unsaved) {
        CreateAnnotations create = new CreateAnnotations(unsaved, origin.writer());
        run(create, origin);
        return create.created();
    }

    /**
     * Tags a span and names its entity in one transaction (the command line's {@code annotate --entity}):
     * the entity is found by its folded name or alias, or created with the tag's entity type.
     */
    public Annotation tagNamed(Origin origin, Annotation unsaved, String entityName) {
        return stores.inTransaction(() -> {
            Annotation draft = unsaved;
            if (entityName != null && !entityName.isBlank()) {
                Entity entity = stores.entities().findOrCreate(entityName, entityTypeOf(unsaved.tagId()), origin.writer()).entity();
                draft = draft.withEntity(entity.id(), clock.instant());
            }
            return tag(origin, List.of(draft)).get(0);
        });
    }

    /** A span to tag with the names of its entity and speaker (null or blank: none), as a batch gives them. */
    public record NamedDraft(Annotation draft, String entity, String speaker) {
    }

    /**
     * Tags many spans in one transaction and one step (the command line's {@code annotate --from}): each entity and
     * speaker is found by its folded name or alias or created, an entity with its tag's type, a speaker as a person.
     */
    public List<Annotation> tagAllNamed(Origin origin, List<NamedDraft> drafts) {
        return stores.inTransaction(() -> {
            java.util.Map<Long, EntityType> typeOfTag = new java.util.HashMap<>();
            stores.tags().list().forEach(t -> typeOfTag.put(t.id(), t.entityType() == null ? EntityType.MISC : t.entityType()));
            // A pipeline names the same few entities thousands of times: each name is looked up once per batch.
            java.util.Map<String, Long> idByName = new java.util.HashMap<>();
            List<Annotation> named = new java.util.ArrayList<>(drafts.size());
            for (NamedDraft d : drafts) {
                Annotation a = d.draft();
                if (d.entity() != null && !d.entity().isBlank()) {
                    EntityType type = typeOfTag.getOrDefault(a.tagId(), EntityType.MISC);
                    long id = idByName.computeIfAbsent(d.entity().strip(),
                            n -> stores.entities().findOrCreate(n, type, origin.writer()).entity().id());
                    a = a.withEntity(id, clock.instant());
                }
                if (d.speaker() != null && !d.speaker().isBlank()) {
                    long id = idByName.computeIfAbsent(d.speaker().strip(),
                            n -> stores.entities().findOrCreate(n, EntityType.PERSON, origin.writer()).entity().id());
                    a = a.withSpeaker(id, clock.instant());
                }
                named.add(a);
            }
            return tag(origin, named);
        });
    }

    /** Stores accepted mention proposals as entity annotations (the entity tag of each entity's type): one step. */
    public List<Annotation> acceptMentions(Origin origin, MentionService mentions, List<EntityProposal> accepted) {
        return accepted.isEmpty() ? List.of() : tag(origin, mentions.toAnnotations(accepted));
    }

    /** "Accept all": stores the exact, form and variant proposals as one step; typo proposals are left for review. */
    public List<Annotation> acceptAllMentions(Origin origin, MentionService mentions, List<EntityProposal> proposed) {
        return acceptMentions(origin, mentions, MentionService.acceptableInBulk(proposed));
    }

    /** Changes fields of an annotation (tag, entity, speaker, note) as one step; {@code what} names it for messages. */
    public Change edit(Origin origin, long annotationId, UnaryOperator<Annotation> change, String what) {
        return run(new EditAnnotation(annotationId, change, what, origin.writer(), clock), origin);
    }

    public Change changeTag(Origin origin, long annotationId, long tagId) {
        return edit(origin, annotationId, a -> a.withTag(tagId, clock.instant()), "tag");
    }

    public Change changeNote(Origin origin, long annotationId, String note) {
        return edit(origin, annotationId, a -> a.withNote(note == null ? "" : note, clock.instant()), "note");
    }

    public Change delete(Origin origin, long annotationId) {
        return run(new DeleteAnnotation(annotationId), origin);
    }

    /**
     * Names the annotation's entity ({@code speaker} false) or speaker by {@code name}: the entity of that
     * folded name or alias, else a new one typed by the annotation's tag (speakers are persons). Blank clears.
     */
    public Named name(Origin origin, long annotationId, String name, boolean speaker) {
        Annotation a = stores.annotations().get(annotationId)
                .orElseThrow(() -> new IllegalArgumentException("The annotation " + annotationId + " no longer exists."));
        EntityType type = speaker ? EntityType.PERSON : entityTypeOf(a.tagId());
        NameEntity step = new NameEntity(annotationId, name, type, speaker, NameEntity.Mode.FIND_OR_CREATE, origin.writer(), clock);
        return new Named(run(step, origin), step.entity(), step.createdEntity());
    }

    /** Gives one mention an entity of its own, named by its text (a namesake tagged as the wrong person). */
    public Named split(Origin origin, long annotationId) {
        Annotation a = stores.annotations().get(annotationId)
                .orElseThrow(() -> new StoreException("annotation " + annotationId + " does not exist; nothing was split"));
        if (a.entityId() == null) {
            throw new StoreException("annotation " + annotationId + " (\"" + a.quote() + "\") names no entity; nothing to split off");
        }
        EntityType type = stores.entities().get(a.entityId()).map(Entity::type).orElse(EntityType.MISC);
        NameEntity step = new NameEntity(annotationId, a.quote(), type, false, NameEntity.Mode.NEW_ENTITY, origin.writer(), clock);
        return new Named(run(step, origin), step.entity(), step.createdEntity());
    }

    public Optional<Change> undo(Origin origin) {
        return history.undo(origin.scope(), stores);
    }

    public Optional<Change> redo(Origin origin) {
        return history.redo(origin.scope(), stores);
    }

    /** What naming did: the change, the entity now named (null when cleared) and whether it was created. */
    public record Named(Change change, Entity entity, boolean created) {
    }

    private EntityType entityTypeOf(long tagId) {
        return stores.tags().list().stream().filter(t -> t.id() == tagId).findFirst().map(Tag::entityType)
                .orElse(EntityType.MISC);
    }
}
