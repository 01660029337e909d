package hamish.analysis;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Tag;
import hamish.model.TagKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Claims and quotes across documents. Each row is one claim: a Quote or Claim annotation together with every
 * annotation linked to it as the same claim or a paraphrase (transitively). Each document's cell says whether
 * the document carries the claim (and in which words, by whom, with which reporting verb), contradicts it (one
 * of its annotations is linked CONTRADICTS to the row), or is silent on it. A row carried by one document only
 * is unmatched: what one outlet reports and the others leave out.
 */
public record ClaimMatrix(List<Document> documents, List<Row> rows) {

    public enum Status { CARRIED, CONTRADICTED, ABSENT }

    /**
     * A document's part in a row: its annotations that carry (or contradict) the claim, the speaker and the
     * reporting verb of the first of them, and the link that tied it to the row (null for the row's own first).
     */
    public record Cell(Status status, List<Annotation> annotations, String speaker, String verb, LinkType relation) {
        public Cell {
            annotations = List.copyOf(annotations);
        }

        static final Cell ABSENT = new Cell(Status.ABSENT, List.of(), "", "", null);

        public String quote() {
            return annotations.isEmpty() ? "" : annotations.get(0).quote();
        }
    }

    /** {@code cells.get(i)} is document {@code i}'s part. */
    public record Row(TagKind kind, String text, String speaker, String verb, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public long carriedBy() {
            return cells.stream().filter(c -> c.status() == Status.CARRIED).count();
        }

        /** Carried by one document only, and not contradicted by another. */
        public boolean unmatched() {
            return carriedBy() == 1 && cells.stream().noneMatch(c -> c.status() == Status.CONTRADICTED);
        }
    }

    public static ClaimMatrix build(List<Document> documents, List<Annotation> annotations, List<Tag> tags,
                                    List<Entity> entities, List<Link> links) {
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            column.put(documents.get(i).id(), i);
        }
        Map<Long, Tag> tagsById = tags.stream().collect(Collectors.toMap(Tag::id, Function.identity()));
        Map<Long, Annotation> claims = new LinkedHashMap<>();
        annotations.stream()
                .filter(a -> column.containsKey(a.documentId()))
                .filter(a -> tagsById.containsKey(a.tagId()) && tagsById.get(a.tagId()).kind().hasSpeaker())
                .sorted(Comparator.comparing((Annotation a) -> column.get(a.documentId())).thenComparing(Annotation::span))
                .forEach(a -> claims.put(a.id(), a));
        ClaimGroups groups = new ClaimGroups(claims.keySet(), links);
        Speakers speakers = new Speakers(documents, entities);
        List<Row> rows = new ArrayList<>();
        for (List<Long> group : groups.groups()) {
            Annotation first = claims.get(group.get(0));
            List<Cell> cells = new ArrayList<>();
            for (Document d : documents) {
                cells.add(cell(d, group, claims, groups, speakers));
            }
            Speakers.Said said = speakers.of(first);
            rows.add(new Row(tagsById.get(first.tagId()).kind(), first.quote(), said.speaker(), said.verb(), cells));
        }
        return new ClaimMatrix(documents, rows);
    }

    private static Cell cell(Document d, List<Long> group, Map<Long, Annotation> claims, ClaimGroups groups, Speakers speakers) {
        List<Annotation> carried = new ArrayList<>();
        for (long id : group) {
            if (claims.get(id).documentId() == d.id()) {
                carried.add(claims.get(id));
            }
        }
        if (!carried.isEmpty()) {
            Speakers.Said said = speakers.of(carried.get(0));
            LinkType relation = carried.get(0).id() == group.get(0) ? null : groups.relationToGroup(carried.get(0).id());
            return new Cell(Status.CARRIED, carried, said.speaker(), said.verb(), relation);
        }
        List<Annotation> against = new ArrayList<>();
        for (long id : groups.contradicting(group)) {
            Annotation a = claims.get(id);
            if (a != null && a.documentId() == d.id()) {
                against.add(a);
            }
        }
        if (against.isEmpty()) {
            return Cell.ABSENT;
        }
        Speakers.Said said = speakers.of(against.get(0));
        return new Cell(Status.CONTRADICTED, against, said.speaker(), said.verb(), LinkType.CONTRADICTS);
    }
}
