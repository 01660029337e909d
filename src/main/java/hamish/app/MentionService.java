package hamish.app;

import hamish.analysis.EntityProposal;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.StoreException;
import hamish.store.Stores;
import hamish.text.EntityNames;
import hamish.text.MentionIndex;
import hamish.text.MentionProposal;
import hamish.text.MentionProposer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Mentions of an entity across the documents being compared: proposes them (one {@link MentionIndex} per
 * document, kept while the document's text stays the same, so each further entity costs a lookup, not a
 * scan) and turns accepted proposals into unsaved entity annotations (stored by {@link Annotating#tag}). Not thread-safe:
 * the window calls it from its one background thread.
 */
public final class MentionService {

    private record Indexed(String text, MentionIndex index) {
    }

    private final Stores stores;
    private final Clock clock;
    private final String author;
    private final Map<Long, Indexed> indexes = new HashMap<>();
    private final Map<Long, Document> documents = new HashMap<>();

    public MentionService(Stores stores, String author, Clock clock) {
        this.stores = stores;
        this.author = author;
        this.clock = clock;
    }

    /**
     * Every proposed mention of {@code entity} in the documents, in document then text order, except spans already
     * tagged with it. The forms the user removed from the entity (as stored now) are not looked for.
     */
    public List<EntityProposal> propose(Entity entity, List<Document> docs) {
        Set<String> removed = new HashSet<>();
        if (entity.id() > 0) {
            stores.entities().forms().excluded(entity.id()).forEach(f -> removed.add(f.key()));
        }
        EntityNames names = EntityNames.of(entity, MentionProposer.Options.DEFAULT, removed);
        List<EntityProposal> found = new ArrayList<>();
        for (Document d : docs) {
            documents.put(d.id(), d);
            List<Annotation> tagged = stores.annotations().forDocument(d.id()).stream()
                    .filter(a -> a.entityId() != null && a.entityId() == entity.id()).toList();
            for (MentionProposal p : index(d).proposals(names)) {
                if (tagged.stream().noneMatch(a -> a.span().intersects(p.span()))) {
                    found.add(new EntityProposal(d.id(), entity.id(), p));
                }
            }
        }
        return found;
    }

    /**
     * The proposals "Accept all" takes: exact, form and variant ones. A typo proposal (لوستن for أوستن, one
     * letter from a name) is reviewed and accepted one by one.
     */
    public static List<EntityProposal> acceptableInBulk(List<EntityProposal> proposals) {
        return proposals.stream().filter(p -> p.proposal().confidence().acceptableInBulk()).toList();
    }

    /** The unsaved annotation accepting {@code proposal} would store: the entity tag of the entity's type, linked to it. */
    public Annotation toAnnotation(EntityProposal proposal) {
        return toAnnotations(List.of(proposal)).get(0);
    }

    /** As {@link #toAnnotation}, for many: the palette and each entity are read once, not once per proposal. */
    public List<Annotation> toAnnotations(List<EntityProposal> proposals) {
        List<Tag> palette = stores.tags().list();
        Map<Long, Entity> entities = new HashMap<>();
        List<Annotation> unsaved = new ArrayList<>(proposals.size());
        for (EntityProposal proposal : proposals) {
            Entity entity = entities.computeIfAbsent(proposal.entityId(), id -> stores.entities().get(id)
                    .orElseThrow(() -> new StoreException("entity " + id + " no longer exists")));
            Document d = document(proposal.documentId());
            Tag tag = entityTag(entity.type(), palette);
            unsaved.add(Annotation.of(d.id(), d.text(), proposal.span(), tag.id(), author, clock.instant())
                    .withEntity(entity.id(), clock.instant()));
        }
        return unsaved;
    }

    /** The first entity tag of the palette for {@code type}. */
    public static Tag entityTag(EntityType type, List<Tag> palette) {
        return palette.stream().filter(t -> t.kind() == TagKind.ENTITY && t.entityType() == type).findFirst()
                .orElseThrow(() -> new StoreException("no entity tag for " + type.name().toLowerCase(Locale.ROOT)
                        + " in the tag palette; add one to tag these mentions"));
    }

    private MentionIndex index(Document d) {
        Indexed cached = indexes.get(d.id());
        if (cached == null || !cached.text().equals(d.text())) {
            cached = new Indexed(d.text(), MentionIndex.of(d.text()));
            indexes.put(d.id(), cached);
        }
        return cached.index();
    }

    private Document document(long id) {
        Document d = documents.get(id);
        if (d == null) {
            d = stores.documents().get(id).orElseThrow(() -> new StoreException("document " + id + " does not exist"));
            documents.put(id, d);
        }
        return d;
    }
}
