package hamish.app.history;

import hamish.model.Annotation;
import hamish.model.Link;
import hamish.store.Stores;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Links two annotations; undo removes the link if it is still there, redo restores it under its id. */
public final class CreateLink implements Step {

    private final Link requested;
    private Link created;

    public CreateLink(Link unsaved) {
        this.requested = unsaved;
    }

    @Override
    public Change apply(Stores s) {
        created = created == null ? s.links().insert(requested) : s.links().restore(created);
        return change(s);
    }

    @Override
    public Change revert(Stores s) {
        s.links().deleteExisting(created.id());
        return change(s);
    }

    @Override
    public String describe() {
        return "link as " + requested.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public Link created() {
        return created;
    }

    static Change change(Stores s, Link link) {
        Set<Long> docs = new LinkedHashSet<>();
        for (long id : new long[] {link.fromAnnotationId(), link.toAnnotationId()}) {
            s.annotations().get(id).map(Annotation::documentId).ifPresent(docs::add);
        }
        return new Change(docs, List.of(), List.of(), false, true);
    }

    private Change change(Stores s) {
        return change(s, created);
    }
}
