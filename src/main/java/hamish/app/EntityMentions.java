package hamish.app;

import hamish.analysis.EntityProposal;
import hamish.model.Document;
import hamish.model.DocumentSummary;
import hamish.model.Entity;
import hamish.store.Stores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What "Find mentions" would propose for one entity, for {@code hamish entity propose} and {@code hamish
 * entity forms}: the entity by id or name, and the proposals in chosen documents (all by default). Read-only:
 * nothing is stored. The forms themselves, and removing them, are {@link EntityForms}.
 */
public final class EntityMentions {

    private final Stores stores;

    public EntityMentions(Stores stores) {
        this.stores = stores;
    }

    /** The entity whose id (digits) or name or alias is {@code nameOrId}. */
    public Optional<Entity> find(String nameOrId) {
        String s = nameOrId.strip();
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9') && s.length() < 19) {
            Optional<Entity> byId = stores.entities().get(Long.parseLong(s));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return stores.entities().findByName(s);
    }

    /**
     * The proposals for {@code entity} in the documents {@code documentIds} (every document when empty), in
     * document then text order, except spans already tagged with the entity.
     *
     * @throws IllegalArgumentException naming a document id that does not exist
     */
    public List<EntityProposal> propose(Entity entity, List<Long> documentIds) {
        List<Document> docs = new ArrayList<>();
        List<Long> ids = documentIds.isEmpty() ? stores.documents().list().stream().map(DocumentSummary::id).toList() : documentIds;
        for (long id : ids) {
            docs.add(stores.documents().get(id).orElseThrow(() -> new IllegalArgumentException("no document with id " + id)));
        }
        return new MentionService(stores, "", Clock.systemUTC()).propose(entity, docs);
    }
}
