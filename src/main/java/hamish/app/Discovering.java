package hamish.app;

import hamish.analysis.DiscoveredEntity;
import hamish.analysis.EntityDiscovery;
import hamish.app.history.AcceptEntity;
import hamish.app.history.Change;
import hamish.app.history.EditHistory;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.store.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * "Who is here": the people, organisations and places named across some documents ({@link EntityDiscovery}),
 * and accepting one as an entity with all its forms as one undoable step of the shared edit history.
 */
public final class Discovering {

    /** A candidate with the ids of the documents it occurs in (the analysis counts documents by position). */
    public record Candidate(DiscoveredEntity entity, List<Long> documentIds) {
    }

    private final Stores stores;
    private final EditHistory history;

    public Discovering(Stores stores, EditHistory history) {
        this.stores = stores;
        this.history = history;
    }

    /**
     * The candidates of the documents, best evidence first.
     *
     * @throws NoSuchElementException naming a document id that does not exist
     */
    public List<Candidate> discover(List<Long> documentIds) {
        List<Document> docs = new ArrayList<>();
        for (long id : documentIds) {
            docs.add(stores.documents().get(id).orElseThrow(() -> new NoSuchElementException("no document with id " + id)));
        }
        List<Candidate> out = new ArrayList<>();
        for (DiscoveredEntity e : new EntityDiscovery().discover(docs.stream().map(Document::text).toList())) {
            out.add(new Candidate(e, e.documents().stream().map(i -> docs.get(i).id()).toList()));
        }
        return out;
    }

    /** Stores the candidate as an entity (or adds its forms to the entity of that name): one step. */
    public Change accept(Origin origin, DiscoveredEntity candidate) {
        return history.run(step(origin, candidate), origin.scope(), stores);
    }

    /** A candidate stored: the step's change and the entity it made or added forms to. */
    public record Accepted(Change change, Entity entity) {
    }

    /** As {@link #accept(Origin, DiscoveredEntity)}, with the entity stored, for a window that goes on to find its mentions. */
    public Accepted acceptWithEntity(Origin origin, DiscoveredEntity candidate) {
        AcceptEntity step = step(origin, candidate);
        Change change = history.run(step, origin.scope(), stores);
        return new Accepted(change, step.entity());
    }

    /** As {@link #accept(Origin, DiscoveredEntity)}, returning the entity stored. */
    public Entity acceptEntity(Origin origin, DiscoveredEntity candidate) {
        AcceptEntity step = step(origin, candidate);
        history.run(step, origin.scope(), stores);
        return step.entity();
    }

    private static AcceptEntity step(Origin origin, DiscoveredEntity candidate) {
        return new AcceptEntity(candidate.name(), candidate.type(), candidate.aliases(), origin.writer());
    }
}
