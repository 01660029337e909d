package hamish.app.history;

import hamish.model.Link;
import hamish.store.Stores;

/** Removes a link between two annotations (they stay); undo restores it under its id while both still exist. */
public final class DeleteLink implements Step {

    private final Link link;

    public DeleteLink(Link stored) {
        this.link = stored;
    }

    @Override
    public Change apply(Stores s) {
        s.links().deleteExisting(link.id());
        return CreateLink.change(s, link);
    }

    @Override
    public Change revert(Stores s) {
        s.links().restore(link);
        return CreateLink.change(s, link);
    }

    @Override
    public String describe() {
        return "remove link " + link.id();
    }
}
