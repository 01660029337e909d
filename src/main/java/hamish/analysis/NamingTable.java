package hamish.analysis;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each outlet names each entity: one row per entity mentioned in the documents, one cell per document
 * listing the surface forms its mentions use, with counts. Forms are grouped by their folded text (أوستن
 * and اوستن are one form; غانتس and جانتس stay two, since the spelling is what an analyst compares) and
 * shown in their most frequent spelling. A mention that covers its descriptor (وزير الدفاع بيني غانتس) is a
 * form of its own: the descriptor is part of how the outlet names him.
 */
public record NamingTable(List<Document> documents, List<Row> rows) {

    public NamingTable {
        documents = List.copyOf(documents);
        rows = List.copyOf(rows);
    }

    /** A spelling and how many mentions in one document use it. */
    public record Form(String surface, int count) {
        @Override
        public String toString() {
            return surface + " ×" + count;
        }
    }

    /** One entity; {@code cells.get(i)} holds the forms of document {@code i}, most used first (empty: not named). */
    public record Row(Entity entity, List<List<Form>> cells) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }

        public int total() {
            return cells.stream().flatMap(List::stream).mapToInt(Form::count).sum();
        }

        /** The cell as one line: "غانتس ×13; بيني غانتس ×1". */
        public String cellText(int document) {
            return String.join("; ", cells.get(document).stream().map(Form::toString).toList());
        }
    }

    public static NamingTable build(List<Document> documents, List<Annotation> annotations, List<Entity> entities) {
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            column.put(documents.get(i).id(), i);
        }
        // entity -> document -> folded form -> spelling -> count, all in first-seen order
        Map<Long, List<Map<String, Map<String, Integer>>>> counts = new LinkedHashMap<>();
        for (Annotation a : annotations) {
            Integer doc = column.get(a.documentId());
            if (a.entityId() == null || doc == null) {
                continue;
            }
            List<Map<String, Map<String, Integer>>> cells = counts.computeIfAbsent(a.entityId(), id -> emptyCells(documents.size()));
            String surface = a.quote().strip().replaceAll("\\s+", " ");
            cells.get(doc).computeIfAbsent(ArabicNormalizer.fold(surface), f -> new LinkedHashMap<>()).merge(surface, 1, Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        for (Entity e : entities) {
            List<Map<String, Map<String, Integer>>> cells = counts.get(e.id());
            if (cells != null) {
                rows.add(new Row(e, cells.stream().map(NamingTable::forms).toList()));
            }
        }
        rows.sort(Comparator.comparingInt(Row::total).reversed().thenComparing(r -> r.entity().canonicalName()));
        return new NamingTable(documents, rows);
    }

    private static List<Map<String, Map<String, Integer>>> emptyCells(int n) {
        List<Map<String, Map<String, Integer>>> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cells.add(new LinkedHashMap<>());
        }
        return cells;
    }

    private static List<Form> forms(Map<String, Map<String, Integer>> byFolded) {
        List<Form> forms = new ArrayList<>();
        for (Map<String, Integer> spellings : byFolded.values()) {
            String shown = null;
            int best = 0;
            int total = 0;
            for (Map.Entry<String, Integer> s : spellings.entrySet()) {
                total += s.getValue();
                if (s.getValue() > best) {
                    shown = s.getKey();
                    best = s.getValue();
                }
            }
            forms.add(new Form(shown, total));
        }
        forms.sort(Comparator.comparingInt(Form::count).reversed());
        return forms;
    }
}
