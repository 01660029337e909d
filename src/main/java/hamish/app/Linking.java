package hamish.app;

import hamish.app.history.Change;
import hamish.app.history.CreateLink;
import hamish.app.history.DeleteLink;
import hamish.app.history.EditHistory;
import hamish.app.history.LinkAsSameClaim;
import hamish.app.history.MergeEntities;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.TagKind;
import hamish.store.StoreException;
import hamish.store.Stores;
import java.time.Clock;

/**
 * The use cases that join things across documents: link two annotations, remove a link, link a sentence
 * pair as the same claim, merge two entities. Each is one undoable step of the database's history.
 */
public final class Linking {

    private final Stores stores;
    private final EditHistory history;
    private final Clock clock;

    public Linking(Stores stores, EditHistory history, Clock clock) {
        this.stores = stores;
        this.history = history;
        this.clock = clock;
    }

    /** Links two annotations as {@code author}'s link (the user's name, as annotations carry it): one step. */
    public Change link(Origin origin, String author, long fromAnnotation, long toAnnotation, LinkType type) {
        return history.run(new CreateLink(new Link(0, fromAnnotation, toAnnotation, type, "", clock.instant(), author)),
                origin.scope(), stores);
    }

    /** As above, with a note on why they are linked; answers the link as stored (the command line prints its id). */
    public Link link(Origin origin, String author, long fromAnnotation, long toAnnotation, LinkType type, String note) {
        CreateLink step = new CreateLink(new Link(0, fromAnnotation, toAnnotation, type, note, clock.instant(), author));
        history.run(step, origin.scope(), stores);
        return step.created();
    }

    public Change unlink(Origin origin, Link link) {
        return history.run(new DeleteLink(link), origin.scope(), stores);
    }

    /** Two claim annotations (the palette's first claim tag) over the spans, linked as the same claim: one step. */
    public Change linkAsSameClaim(Origin origin, Document a, Span spanA, Document b, Span spanB, String author) {
        long claimTag = stores.tags().list().stream().filter(t -> t.kind() == TagKind.CLAIM).findFirst()
                .orElseThrow(() -> new StoreException("no claim tag in the tag palette; add one to link claims")).id();
        Annotation first = Annotation.of(a.id(), a.text(), spanA, claimTag, author, clock.instant());
        Annotation second = Annotation.of(b.id(), b.text(), spanB, claimTag, author, clock.instant());
        return history.run(new LinkAsSameClaim(first, second, author, origin.writer(), clock.instant()), origin.scope(), stores);
    }

    /** Makes {@code mergeId} part of {@code keepId} (its mentions, name and aliases): one step that undo takes back exactly. */
    public Change merge(Origin origin, long keepId, long mergeId) {
        return history.run(new MergeEntities(keepId, mergeId, origin.writer(), clock.instant()), origin.scope(), stores);
    }
}
