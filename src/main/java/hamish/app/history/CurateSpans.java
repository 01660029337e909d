package hamish.app.history;

import hamish.model.Annotation;
import hamish.model.CurationDecision;
import hamish.model.Revision;
import hamish.store.StaleRowException;
import hamish.store.Stores;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A curator's decision on one or more items (hamish.app.Curating) as one step: the curated annotations the decision
 * replaces are deleted (each only at the revision it had when the curator decided) and the copies accepted are
 * created, their rows written by the curator; the recorded decisions change with them (the item's earlier decision
 * deleted at its revision, the new one stored), so that "neither" is kept too. Undo deletes the copies and the new
 * decisions (refused when one was changed since) and restores the replaced ones with their ids, revisions and
 * writers; redo does it again with the same ids.
 */
public final class CurateSpans implements Step {

    private final List<Annotation> replaced;
    private final List<Revision> replacedRevisions;
    private final List<Annotation> requested;
    private final List<CurationDecision> replacedDecisions;
    private final List<CurationDecision> requestedDecisions;
    private final String by;
    private final String description;
    private List<CurationDecision> recorded = List.of();
    private List<Annotation> created = List.of();
    private List<Long> createdRevisions = List.of();
    private boolean applied;

    /**
     * {@code replaced}: stored curated annotations to delete, with their revisions as read; {@code copies}: unsaved
     * annotations to create; {@code replacedDecisions}: stored decisions to delete (at the revisions they carry);
     * {@code decisions}: unsaved decisions to record; {@code by}: the curator.
     */
    public CurateSpans(List<Annotation> replaced, List<Revision> replacedRevisions, List<Annotation> copies,
                       List<CurationDecision> replacedDecisions, List<CurationDecision> decisions, String by, String description) {
        if (replaced.size() != replacedRevisions.size()) {
            throw new IllegalArgumentException("a revision for each replaced annotation");
        }
        if (replaced.isEmpty() && copies.isEmpty() && replacedDecisions.isEmpty() && decisions.isEmpty()) {
            throw new IllegalArgumentException("nothing to curate");
        }
        this.replaced = List.copyOf(replaced);
        this.replacedRevisions = List.copyOf(replacedRevisions);
        this.requested = List.copyOf(copies);
        this.replacedDecisions = List.copyOf(replacedDecisions);
        this.requestedDecisions = List.copyOf(decisions);
        this.by = by;
        this.description = description;
    }

    @Override
    public Change apply(Stores s) {
        for (int i = 0; i < replaced.size(); i++) {
            s.annotations().delete(replaced.get(i).id(), replacedRevisions.get(i).number());
        }
        for (CurationDecision d : replacedDecisions) {
            s.curation().delete(d.id(), d.revision());
        }
        if (!applied) {
            created = requested.isEmpty() ? List.of() : List.copyOf(s.annotations().insertAll(requested, by));
            createdRevisions = created.stream().map(a -> s.annotations().revision(a.id()).orElseThrow().number()).toList();
            recorded = requestedDecisions.stream().map(d -> s.curation().insert(d)).toList();
            applied = true;
        } else {
            for (int i = 0; i < created.size(); i++) {
                s.annotations().restore(created.get(i), createdRevisions.get(i), by);
            }
            recorded.forEach(d -> s.curation().restore(d));
        }
        return new Change(documents(), created, replaced.stream().map(Annotation::id).toList(), false, false);
    }

    @Override
    public Change revert(Stores s) {
        CreateAnnotations.deleteCreated(s, created, createdRevisions);
        for (CurationDecision d : recorded) {
            s.curation().delete(d.id(), d.revision());
        }
        replacedDecisions.forEach(d -> s.curation().restore(d));
        List<Annotation> restored = new ArrayList<>();
        for (int i = 0; i < replaced.size(); i++) {
            Annotation a = replaced.get(i);
            if (s.annotations().get(a.id()).isPresent()) {
                throw new StaleRowException("annotation", a.id(), s.annotations().revision(a.id()));
            }
            Revision r = replacedRevisions.get(i);
            restored.add(s.annotations().restore(a, r.number(), r.changedBy()));
        }
        return new Change(documents(), restored, created.stream().map(Annotation::id).toList(), false, false);
    }

    @Override
    public String describe() {
        return description;
    }

    /** The curated annotations created, once applied. */
    public List<Annotation> created() {
        return created;
    }

    private Set<Long> documents() {
        Set<Long> ids = new LinkedHashSet<>();
        replaced.forEach(a -> ids.add(a.documentId()));
        requested.forEach(a -> ids.add(a.documentId()));
        requestedDecisions.forEach(d -> ids.add(d.documentId()));
        replacedDecisions.forEach(d -> ids.add(d.documentId()));
        return ids;
    }
}
