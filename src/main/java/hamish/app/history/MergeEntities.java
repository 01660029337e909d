package hamish.app.history;

import hamish.model.Annotation;
import hamish.store.EntityMerge;
import hamish.store.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges one entity into another. The store returns everything the merge changed (the merged entity as
 * it was, the kept one's aliases, each repointed annotation with its revisions), so undo puts the merged
 * entity back under its id and repoints exactly those annotations, provided none of them, nor the kept
 * entity, was changed since. Redo merges again only if both entities are as they were.
 */
public final class MergeEntities implements Step {

    private final long keepId;
    private final long mergeId;
    private final String by;
    private final Instant at;
    private EntityMerge done;

    public MergeEntities(long keepId, long mergeId, String by, Instant at) {
        this.keepId = keepId;
        this.mergeId = mergeId;
        this.by = by;
        this.at = at;
    }

    @Override
    public Change apply(Stores s) {
        done = s.entities().merge(keepId, mergeId, done, by, at);
        return change(s);
    }

    @Override
    public Change revert(Stores s) {
        s.entities().unmerge(done);
        return change(s);
    }

    @Override
    public String describe() {
        return done == null ? "merge entities" : "merge «" + Quotes.shorten(done.merged().canonicalName()) + "» into «"
                + Quotes.shorten(done.keptBefore().canonicalName()) + "»";
    }

    /** What the last apply did. */
    public EntityMerge merge() {
        return done;
    }

    private Change change(Stores s) {
        List<Annotation> repointed = new ArrayList<>();
        Set<Long> docs = new LinkedHashSet<>();
        for (EntityMerge.Repointed r : done.repointed()) {
            s.annotations().get(r.annotationId()).ifPresent(a -> {
                repointed.add(a);
                docs.add(a.documentId());
            });
        }
        return new Change(docs, repointed, List.of(), true, false);
    }
}
