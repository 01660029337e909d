package hamish.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Which lexemes a document must hold for a search on PostgreSQL, as a tree of AND and OR over the rows of
 * {@code document_term} ({@link PgSearchIndex}): a leaf is a lexeme, anywhere or only in the title or body, perhaps
 * followed there by a given lexeme. Each row of a document that satisfies a leaf sets that leaf's bit; the bits are
 * OR-ed per document and the tree is a condition over them ({@link #condition}, {@link PgTermScores}), so the filter
 * reads the same small index rows the ranking reads and tests each row once, however many leaves (a phrase's first
 * word has some 25 proclitic spellings; a condition per leaf over every row was most of a phrase's time). {@link #text} is the
 * same query in tsquery syntax (without the followers, which tsquery cannot say): what a tsvector of the document's
 * lexemes and classes (title A, body B, proclitic-free C) would have to match, for messages and tests.
 */
sealed interface PgTermQuery {

    /** Leaf bits per {@code held} column: a bigint's, less the sign bit. */
    int BITS = 63;

    /**
     * A document holds {@code lexeme}: anywhere, or with {@code titleOrBody} in its title or body (not only as a
     * proclitic-free form), and, unless {@code followedBy} is 0, followed there by a lexeme of that bit
     * ({@link PgSearchIndex#followerBit}).
     */
    record Lexeme(String lexeme, boolean titleOrBody, long followedBy) implements PgTermQuery {

        Lexeme(String lexeme, boolean titleOrBody) {
            this(lexeme, titleOrBody, 0);
        }
    }

    /** Every part, or (with {@code any}) at least one. */
    record Group(List<PgTermQuery> parts, boolean any) implements PgTermQuery {
    }

    /** The query needing every part ({@code any} false) or one of them; a single part stands for itself; null when none. */
    static PgTermQuery of(List<PgTermQuery> parts, boolean any) {
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new Group(List.copyOf(parts), any);
    }

    /** The query as tsquery text, top level unbracketed. */
    default String text() {
        return this instanceof Group g ? join(g, false) : leaf((Lexeme) this);
    }

    /**
     * The condition as SQL over a document's leaf bits: leaf number i (in the order of {@link #leaves}) held is bit
     * {@code i % 63} of column {@code held<i / 63>}, set when one of the document's rows satisfies that leaf. Only
     * numbers and column names are written, never text.
     */
    default String condition() {
        return condition(new int[1]);
    }

    private String condition(int[] next) {
        if (this instanceof Lexeme) {
            int leaf = next[0]++;
            return "held" + leaf / BITS + " & " + (1L << (leaf % BITS)) + " <> 0";
        }
        Group group = (Group) this;
        int first = next[0];
        int last = first + group.parts().size() - 1;
        if (group.parts().stream().allMatch(Lexeme.class::isInstance) && first / BITS == last / BITS) {
            // One test of a mask for a group of leaves in one column: a phrase's first word is 25 leaves.
            next[0] = last + 1;
            long mask = 0;
            for (int leaf = first; leaf <= last; leaf++) {
                mask |= 1L << (leaf % BITS);
            }
            return "held" + first / BITS + " & " + mask + (group.any() ? " <> 0" : " = " + mask);
        }
        List<String> parts = new ArrayList<>();
        for (PgTermQuery part : group.parts()) {
            parts.add(part.condition(next));
        }
        return "(" + String.join(group.any() ? " OR " : " AND ", parts) + ")";
    }

    /** The leaves in order, added to {@code into}: leaf i is bit i of {@link #condition}. */
    default List<Lexeme> leaves(List<Lexeme> into) {
        if (this instanceof Lexeme leaf) {
            into.add(leaf);
        } else {
            ((Group) this).parts().forEach(part -> part.leaves(into));
        }
        return into;
    }

    private static String join(Group group, boolean bracketed) {
        List<String> parts = new ArrayList<>();
        for (PgTermQuery part : group.parts()) {
            parts.add(part instanceof Group g ? join(g, true) : leaf((Lexeme) part));
        }
        String joined = String.join(group.any() ? " | " : " & ", parts);
        return bracketed ? "( " + joined + " )" : joined;
    }

    private static String leaf(Lexeme leaf) {
        return PgSearchIndex.quote(leaf.lexeme()) + (leaf.titleOrBody() ? ":AB" : "");
    }
}
