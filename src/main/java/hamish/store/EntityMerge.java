package hamish.store;

import hamish.model.Entity;
import hamish.model.Revision;
import java.util.List;

/**
 * What {@link EntityStore#merge} did, with all an undo needs to put it back: the kept entity before
 * and after, the merged entity as it was, and every annotation that was repointed from it.
 */
public record EntityMerge(Entity keptBefore, Revision keptBeforeRevision, Entity keptAfter, Revision keptAfterRevision,
                          Entity merged, Revision mergedRevision, List<Repointed> repointed) {

    /** An annotation that named the merged entity (as its entity, its speaker or both), with its revisions. */
    public record Repointed(long annotationId, boolean entity, boolean speaker, Revision before, Revision after) {
    }

    public EntityMerge {
        repointed = List.copyOf(repointed);
    }
}
