package hamish.analysis;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comparison as a picture rather than tables: per outlet, how often each entity is mentioned (with the
 * spellings), how many quotations each speaker is given, and how many of the claims the outlet carries,
 * contradicts or leaves out. An analyst compares outlets, so documents of one outlet add up in one column; a
 * document without an outlet is a column of its own.
 *
 * <p>Quotations are the stored Quote annotations, not the detected ones: the picture shows what the analyst
 * curated, as the tables do; detected quotations are suggestions until accepted. A quotation's speaker is its
 * speaker entity when set, else the speaker its attribution names as written (as in the claim matrix).
 */
public record Overview(List<Outlet> outlets, List<MentionRow> mentions, List<SpeakerRow> quotations,
                       List<ClaimTally> claims, int claimCount) {

    /** How many shades the heat maps use above "none". */
    public static final int SHADES = 5;

    public Overview {
        outlets = List.copyOf(outlets);
        mentions = List.copyOf(mentions);
        quotations = List.copyOf(quotations);
        claims = List.copyOf(claims);
    }

    /** One column: an outlet's documents, in the order they are compared. */
    public record Outlet(List<Document> documents) {
        public Outlet {
            documents = List.copyOf(documents);
        }

        /**
         * "[2,3] alweeam"; a document without an outlet keeps its table heading, "[5] title". No space after the
         * comma: between two digits a bare comma keeps the numbers in order in a right-to-left line, while ", "
         * is neutral there and shows them reversed ("[3 ,2]").
         */
        public String heading() {
            Document first = documents.get(0);
            String name = first.outlet().strip();
            if (name.isEmpty()) {
                return DocumentHeadings.column(first);
            }
            return documents.stream().map(d -> String.valueOf(d.id())).collect(Collectors.joining(",", "[", "] ")) + name;
        }
    }

    /** An entity's mentions in one outlet, and the spellings they use, most used first. */
    public record MentionCell(int count, List<NamingTable.Form> forms) {
        public MentionCell {
            forms = List.copyOf(forms);
        }
    }

    /** {@code cells.get(i)} is outlet {@code i}'s. */
    public record MentionRow(Entity entity, List<MentionCell> cells) {
        public MentionRow {
            cells = List.copyOf(cells);
        }
    }

    /** A speaker ("" when the text names nobody) and their quotations per outlet. */
    public record SpeakerRow(String speaker, List<Integer> counts) {
        public SpeakerRow {
            counts = List.copyOf(counts);
        }

        int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * An outlet's part in the claim matrix: rows one of its documents carries, rows it only contradicts, rows none
     * of its documents has. The three add up to the number of claims.
     */
    public record ClaimTally(int carried, int contradicted, int leftOut) {
    }

    public static Overview build(NamingTable naming, ClaimMatrix claims, List<Annotation> annotations, List<Tag> tags,
                                 List<Entity> entities) {
        List<Document> documents = naming.documents();
        List<Outlet> outlets = outletsOf(documents);
        int[] outletOf = new int[documents.size()];
        for (int o = 0; o < outlets.size(); o++) {
            for (Document d : outlets.get(o).documents()) {
                outletOf[documents.indexOf(d)] = o;
            }
        }
        List<MentionRow> mentions = naming.rows().stream().map(r -> mentionRow(r, outletOf, outlets.size())).toList();
        return new Overview(outlets, mentions, quotations(documents, outletOf, outlets.size(), annotations, tags, entities),
                claimTallies(claims, outletOf, outlets.size()), claims.rows().size());
    }

    /** The shade of a heat-map cell: 0 for none, else 1 to {@link #SHADES} in proportion to the largest count. */
    public static int shade(int count, int max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil((double) SHADES * count / max));
    }

    public int maxMentions() {
        return mentions.stream().flatMap(r -> r.cells().stream()).mapToInt(MentionCell::count).max().orElse(0);
    }

    public int maxQuotations() {
        return quotations.stream().flatMap(r -> r.counts().stream()).mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Outlets in the order their first document is compared; outlet names are compared as written, trimmed. */
    static List<Outlet> outletsOf(List<Document> documents) {
        Map<String, List<Document>> byOutlet = new LinkedHashMap<>();
        for (Document d : documents) {
            String outlet = d.outlet().strip();
            // A document without an outlet must not join another one's column: keyed by its id.
            String key = outlet.isEmpty() ? "\u0000" + d.id() : outlet;
            byOutlet.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        return byOutlet.values().stream().map(Outlet::new).toList();
    }

    private static MentionRow mentionRow(NamingTable.Row row, int[] outletOf, int outlets) {
        List<Map<String, NamingTable.Form[]>> spellings = new ArrayList<>();
        int[] counts = new int[outlets];
        for (int o = 0; o < outlets; o++) {
            spellings.add(new LinkedHashMap<>());
        }
        for (int d = 0; d < row.cells().size(); d++) {
            for (NamingTable.Form f : row.cells().get(d)) {
                counts[outletOf[d]] += f.count();
                // Two reports of one outlet spelling a name alike (as the naming table folds them) are one form,
                // shown in the spelling of the report that uses it most; index 0 the sum, 1 the spelling shown.
                NamingTable.Form[] form = spellings.get(outletOf[d]).computeIfAbsent(ArabicNormalizer.fold(f.surface()),
                        k -> new NamingTable.Form[] {new NamingTable.Form(f.surface(), 0), f});
                form[0] = new NamingTable.Form(form[0].surface(), form[0].count() + f.count());
                if (f.count() > form[1].count()) {
                    form[1] = f;
                }
            }
        }
        List<MentionCell> cells = new ArrayList<>();
        for (int o = 0; o < outlets; o++) {
            List<NamingTable.Form> forms = spellings.get(o).values().stream()
                    .map(f -> new NamingTable.Form(f[1].surface(), f[0].count()))
                    .sorted(Comparator.comparingInt(NamingTable.Form::count).reversed()).toList();
            cells.add(new MentionCell(counts[o], forms));
        }
        return new MentionRow(row.entity(), cells);
    }

    private static List<SpeakerRow> quotations(List<Document> documents, int[] outletOf, int outlets, List<Annotation> annotations,
                                               List<Tag> tags, List<Entity> entities) {
        Set<Long> quoteTags = tags.stream().filter(t -> t.kind() == TagKind.QUOTE).map(Tag::id).collect(Collectors.toSet());
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            column.put(documents.get(i).id(), i);
        }
        Speakers speakers = new Speakers(documents, entities);
        // Keyed by the folded name, so a speaker written as the entity is named and as an attribution's words meet.
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Annotation a : annotations) {
            Integer doc = column.get(a.documentId());
            if (doc == null || !quoteTags.contains(a.tagId())) {
                continue;
            }
            String speaker = speakers.of(a).speaker().strip().replaceAll("\\s+", " ");
            String key = ArabicNormalizer.fold(speaker);
            shown.putIfAbsent(key, speaker);
            counts.computeIfAbsent(key, k -> new int[outlets])[outletOf[doc]]++;
        }
        List<SpeakerRow> rows = new ArrayList<>();
        counts.forEach((key, perOutlet) -> rows.add(new SpeakerRow(shown.get(key),
                Arrays.stream(perOutlet).boxed().toList())));
        // Most quoted first; quotations nobody is named for last, whatever their number.
        rows.sort(Comparator.comparing((SpeakerRow r) -> r.speaker().isEmpty()).thenComparing(Comparator.comparingInt(SpeakerRow::total).reversed())
                .thenComparing(SpeakerRow::speaker));
        return rows;
    }

    private static List<ClaimTally> claimTallies(ClaimMatrix claims, int[] outletOf, int outlets) {
        int[] carried = new int[outlets];
        int[] contradicted = new int[outlets];
        for (ClaimMatrix.Row row : claims.rows()) {
            ClaimMatrix.Status[] status = new ClaimMatrix.Status[outlets];
            for (int d = 0; d < row.cells().size(); d++) {
                ClaimMatrix.Status s = row.cells().get(d).status();
                int o = outletOf[d];
                // An outlet carries a claim when any of its reports does; it contradicts it only if none carries it.
                if (status[o] == null || s.ordinal() < status[o].ordinal()) {
                    status[o] = s;
                }
            }
            for (int o = 0; o < outlets; o++) {
                carried[o] += status[o] == ClaimMatrix.Status.CARRIED ? 1 : 0;
                contradicted[o] += status[o] == ClaimMatrix.Status.CONTRADICTED ? 1 : 0;
            }
        }
        List<ClaimTally> tallies = new ArrayList<>();
        for (int o = 0; o < outlets; o++) {
            tallies.add(new ClaimTally(carried[o], contradicted[o], claims.rows().size() - carried[o] - contradicted[o]));
        }
        return tallies;
    }
}
