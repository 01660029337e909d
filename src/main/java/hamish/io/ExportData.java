package hamish.io;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Link;
import hamish.model.Tag;
import hamish.store.StoreException;
import hamish.store.Stores;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an export writes: documents with their (placed) annotations, and the tags, entities and links
 * those refer to. Links are included when both of their annotations are. Orphaned annotations (see
 * {@code TextCorrection}) have no place in the text and are left out. {@code repairs} says which old
 * annotations are written widened to whole characters ({@link SplitCharacterRepair}).
 */
public record ExportData(List<Document> documents, Map<Long, List<Annotation>> annotations, List<Tag> tags,
                         List<Entity> entities, List<Link> links, List<String> repairs) {

    public ExportData {
        documents = List.copyOf(documents);
        annotations = Map.copyOf(annotations);
        tags = List.copyOf(tags);
        entities = List.copyOf(entities);
        links = List.copyOf(links);
        repairs = List.copyOf(repairs);
    }

    /** The given documents (in that order), or every document when {@code documentIds} is empty. */
    public static ExportData load(Stores stores, Collection<Long> documentIds) {
        return stores.readConsistently(() -> {
            List<Long> ids = documentIds.isEmpty()
                    ? stores.documents().list().stream().map(d -> d.id()).toList() : List.copyOf(documentIds);
            List<Document> documents = ids.stream().map(id -> stores.documents().get(id)
                    .orElseThrow(() -> new StoreException("document " + id + " does not exist; nothing was exported"))).toList();
            Map<Long, List<Annotation>> annotations = new LinkedHashMap<>();
            Set<Long> annotationIds = new HashSet<>();
            List<String> repairs = new ArrayList<>();
            for (Document d : documents) {
                List<Annotation> list = SplitCharacterRepair.wholeCodePoints(d, stores.annotations().forDocument(d.id()), repairs);
                annotations.put(d.id(), list);
                list.forEach(a -> annotationIds.add(a.id()));
            }
            List<Link> links = stores.links().list().stream()
                    .filter(l -> annotationIds.contains(l.fromAnnotationId()) && annotationIds.contains(l.toAnnotationId())).toList();
            return new ExportData(documents, annotations, stores.tags().list(), stores.entities().list(), links, repairs);
        });
    }

    /**
     * The same export with only the annotations of {@code authors} (all when empty), and the links between
     * annotations that remain: on a team database, one annotator's layer.
     */
    public ExportData onlyBy(Set<String> authors) {
        if (authors.isEmpty()) {
            return this;
        }
        Map<Long, List<Annotation>> kept = new LinkedHashMap<>();
        Set<Long> keptIds = new HashSet<>();
        annotations.forEach((document, list) -> {
            List<Annotation> theirs = list.stream().filter(a -> authors.contains(a.author())).toList();
            kept.put(document, theirs);
            theirs.forEach(a -> keptIds.add(a.id()));
        });
        List<Link> keptLinks = links.stream()
                .filter(l -> keptIds.contains(l.fromAnnotationId()) && keptIds.contains(l.toAnnotationId())).toList();
        return new ExportData(documents, kept, tags, entities, keptLinks, repairs);
    }

    public List<Annotation> annotationsOf(Document d) {
        return annotations.getOrDefault(d.id(), List.of());
    }

    public long annotationCount() {
        return annotations.values().stream().mapToLong(List::size).sum();
    }

    public Map<Long, Tag> tagsById() {
        return tags.stream().collect(Collectors.toMap(Tag::id, Function.identity()));
    }

    public Map<Long, Entity> entitiesById() {
        return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }
}
