package hamish.app.history;

import hamish.model.Annotation;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.store.Stores;
import java.time.Instant;
import java.util.List;

/**
 * Turns two spans (a sentence pair of two reports) into two claim annotations linked as the same claim:
 * one step, so one undo takes back the link and both annotations, and redo brings all three back with
 * their ids.
 */
public final class LinkAsSameClaim implements Step {

    private final CreateAnnotations claims;
    private final String author;
    private final Instant at;
    private CreateLink link;

    /**
     * {@code a} and {@code b} are unsaved claim annotations of two documents; {@code author} makes the link (as the
     * annotations' author), {@code by} names the writer of the rows.
     */
    public LinkAsSameClaim(Annotation a, Annotation b, String author, String by, Instant at) {
        this.claims = new CreateAnnotations(List.of(a, b), by);
        this.author = author;
        this.at = at;
    }

    @Override
    public Change apply(Stores s) {
        Change made = claims.apply(s);
        if (link == null) {
            List<Annotation> pair = claims.created();
            link = new CreateLink(new Link(0, pair.get(0).id(), pair.get(1).id(), LinkType.SAME_CLAIM, "", at, author));
        }
        return made.and(link.apply(s));
    }

    @Override
    public Change revert(Stores s) {
        Change unlinked = link.revert(s);
        return unlinked.and(claims.revert(s));
    }

    @Override
    public String describe() {
        return "link two sentences as the same claim";
    }

    public Link link() {
        return link == null ? null : link.created();
    }
}
