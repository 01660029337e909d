package hamish.store;

import hamish.model.Entity;
import hamish.model.ExcludedForm;
import hamish.model.Revision;
import java.util.List;

/**
 * What {@link EntityStore#merge} did, with all an undo needs to put it back: the kept entity before
 * and after, the merged entity as it was, every annotation that was repointed from it, the forms removed
 * from it ({@code mergedExclusions}) and those of them the kept entity did not have ({@code carriedExclusions}).
 */
public record EntityMerge(Entity keptBefore, Revision keptBeforeRevision, Entity keptAfter, Revision keptAfterRevision,
                          Entity merged, Revision mergedRevision, List<Repointed> repointed,
                          List<ExcludedForm> mergedExclusions, List<ExcludedForm> carriedExclusions) {

    /** An annotation that named the merged entity (as its entity, its speaker or both), with its revisions. */
    public record Repointed(long annotationId, boolean entity, boolean speaker, Revision before, Revision after) {
    }

    public EntityMerge {
        repointed = List.copyOf(repointed);
        mergedExclusions = List.copyOf(mergedExclusions);
        carriedExclusions = List.copyOf(carriedExclusions);
    }
}
