package hamish.app.history;

import hamish.model.Annotation;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a step did to the database, so every window can update what it shows without reloading:
 * {@code saved} annotations now exist as given (inserted, restored or updated), {@code removed} ids are
 * gone, {@code documents} are those whose annotations changed; {@code entities} and {@code links} say
 * whether entities or links changed too (a merge, a link); {@code details} that the details (title,
 * outlet, date) of {@code documents} changed, so the library and the open document's title follow.
 */
public record Change(Set<Long> documents, List<Annotation> saved, List<Long> removed, boolean entities, boolean links,
                     boolean details) {

    public Change {
        documents = Set.copyOf(new LinkedHashSet<>(documents));
        saved = List.copyOf(saved);
        removed = List.copyOf(removed);
    }

    /** A change to annotations, entities or links, leaving every document's details as they were. */
    public Change(Set<Long> documents, List<Annotation> saved, List<Long> removed, boolean entities, boolean links) {
        this(documents, saved, removed, entities, links, false);
    }

    /** The details of one document changed, nothing else. */
    public static Change details(long documentId) {
        return new Change(Set.of(documentId), List.of(), List.of(), false, false, true);
    }

    public static Change saved(long documentId, List<Annotation> annotations) {
        return new Change(Set.of(documentId), annotations, List.of(), false, false);
    }

    public static Change removed(long documentId, List<Long> ids) {
        return new Change(Set.of(documentId), List.of(), ids, false, false);
    }

    public static Change none() {
        return new Change(Set.of(), List.of(), List.of(), false, false);
    }

    /** This change and {@code other} as one. */
    public Change and(Change other) {
        Set<Long> docs = new LinkedHashSet<>(documents);
        docs.addAll(other.documents);
        return new Change(docs, concat(saved, other.saved), concat(removed, other.removed), entities || other.entities,
                links || other.links, details || other.details);
    }

    public Change withEntities() {
        return new Change(documents, saved, removed, true, links, details);
    }

    public Change withLinks() {
        return new Change(documents, saved, removed, entities, true, details);
    }

    public boolean touches(long documentId) {
        return documents.contains(documentId);
    }

    /** The saved annotations of one document. */
    public List<Annotation> savedIn(long documentId) {
        return saved.stream().filter(a -> a.documentId() == documentId).toList();
    }

    private static <T> List<T> concat(Collection<T> a, Collection<T> b) {
        List<T> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
