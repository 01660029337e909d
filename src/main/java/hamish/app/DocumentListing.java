package hamish.app;

import hamish.model.DocumentSummary;
import hamish.text.ArabicNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How the library and {@code hamish list} order and narrow the documents: one place for both, so the window
 * and the command line show a collection the same way. Texts compare as search folds them (hamza, harakat,
 * case), so أبها and ابها sort together.
 */
public final class DocumentListing {

    /** How many documents of the listed ones an outlet has; {@code outlet} empty for those with none. */
    public record OutletCount(String outlet, int count) {
    }

    /** An order of the list. Ties always fall back to import order, so the order never depends on chance. */
    public enum Sort {
        /** Import order (the order documents came into the library). */
        IMPORTED,
        /** By outlet; documents of one outlet by date. Documents without an outlet last. */
        OUTLET,
        /** Oldest first, as an event unfolds; documents without a date last. */
        DATE,
        /** By title. */
        TITLE,
        /** Most annotations first. */
        ANNOTATIONS;

        public Comparator<DocumentSummary> comparator() {
            Comparator<DocumentSummary> byId = Comparator.comparingLong(DocumentSummary::id);
            Comparator<DocumentSummary> byDate = Comparator.comparing(DocumentSummary::published,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            return switch (this) {
                case IMPORTED -> byId;
                case OUTLET -> Comparator.comparing((DocumentSummary d) -> d.outlet().isBlank())
                        .thenComparing(d -> fold(d.outlet())).thenComparing(byDate).thenComparing(byId);
                case DATE -> byDate.thenComparing(byId);
                case TITLE -> Comparator.comparing((DocumentSummary d) -> fold(d.title())).thenComparing(byId);
                case ANNOTATIONS -> Comparator.comparingInt(DocumentSummary::annotationCount).reversed().thenComparing(byId);
            };
        }
    }

    /**
     * What narrows the list: one outlet (null: all; empty: those without an outlet), a date range whose ends are
     * included (null: open). A document without a date is outside every range with an end.
     */
    public record Filter(String outlet, LocalDate from, LocalDate to) {

        public static final Filter NONE = new Filter(null, null, null);

        public Filter {
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("The date range ends (" + to + ") before it starts (" + from + ").");
            }
        }

        public Predicate<DocumentSummary> predicate() {
            String outletKey = outlet == null ? null : fold(outlet);
            return d -> (outletKey == null || fold(d.outlet()).equals(outletKey))
                    && (from == null || d.published() != null && !d.published().isBefore(from))
                    && (to == null || d.published() != null && !d.published().isAfter(to));
        }
    }

    private DocumentListing() {
    }

    /** {@code documents} narrowed by {@code filter}, in {@code sort}'s order. */
    public static List<DocumentSummary> apply(List<DocumentSummary> documents, Filter filter, Sort sort) {
        return documents.stream().filter(filter.predicate()).sorted(sort.comparator()).toList();
    }

    /** The documents whose ids are in {@code members}, in import order. */
    public static List<DocumentSummary> inCollection(List<DocumentSummary> documents, Set<Long> members) {
        return documents.stream().filter(d -> members.contains(d.id())).toList();
    }

    /**
     * How many of {@code documents} each outlet has, most first (ties by outlet); spellings that fold alike count as
     * one outlet, named as its first document spells it. Documents without an outlet are counted last, under "".
     */
    public static List<OutletCount> outletCounts(List<DocumentSummary> documents) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DocumentSummary d : documents) {
            String key = fold(d.outlet());
            names.putIfAbsent(key, d.outlet().strip());
            counts.merge(key, 1, Integer::sum);
        }
        List<OutletCount> out = new ArrayList<>();
        counts.forEach((key, n) -> out.add(new OutletCount(names.get(key), n)));
        out.sort(Comparator.comparing((OutletCount o) -> o.outlet().isEmpty()).thenComparing(OutletCount::count, Comparator.reverseOrder())
                .thenComparing(o -> fold(o.outlet())));
        return out;
    }

    private static String fold(String s) {
        return ArabicNormalizer.fold(s.strip());
    }
}
