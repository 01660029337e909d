package hamish.text;

import hamish.model.Annotation;
import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds where annotations of a text belong in a corrected version of it (a typo fixed, a paragraph
 * added), from what each annotation kept: its offsets, its quote and 32 chars of context each side.
 *
 * <p>In order: every exact occurrence of the quote is scored by how well the text around it matches the
 * kept prefix and suffix (edit-distance similarity) and how close it is to the old position; the best
 * wins ({@link Status#EXACT_POSITION} when it is the old position, else {@link Status#MOVED}). Without an
 * exact occurrence, an approximate search (Sellers' edit-distance alignment, at most
 * {@link #maxErrors} edits) proposes places, scored the same way ({@link Status#FUZZY}); anything else is
 * {@link Status#ORPHANED} and kept for the user to place.
 *
 * <p>The trade-off of {@code maxErrors}: more allowed edits re-place quotes that were themselves
 * corrected, but also land on look-alike passages (the failure Hypothesis users meet). Hamish allows
 * one edit per five chars of quote and none below five chars (one letter changes a short Arabic word
 * into another: غالية/جالية), and a fuzzy place of a quote under 20 chars must also have its context
 * agree (similarity ≥ 0.5); FUZZY results are listed for the user to check rather than trusted silently.
 */
public final class Reanchorer {

    public enum Status { EXACT_POSITION, MOVED, FUZZY, ORPHANED }

    /** Where {@code annotation} (as it was) belongs now; {@code newSpan} is null for an orphan. */
    public record Result(Annotation annotation, Status status, Span newSpan, double score) {
        public Result {
            Objects.requireNonNull(annotation, "annotation");
            Objects.requireNonNull(status, "status");
            if ((status == Status.ORPHANED) != (newSpan == null)) {
                throw new IllegalArgumentException("an orphan has no span, a placed annotation has one");
            }
        }

        public boolean placed() {
            return status != Status.ORPHANED;
        }

        /** The annotation at its new place in {@code newText}, with quote and context taken from it. */
        public Annotation reanchored(String newText) {
            if (!placed()) {
                throw new IllegalStateException("annotation " + annotation.id() + " is orphaned");
            }
            return annotation.reanchoredTo(newText, newSpan);
        }
    }

    static final int MIN_FUZZY_QUOTE = 5;
    static final int CONTEXT_FREE_QUOTE = 20;
    static final double MIN_FUZZY_CONTEXT = 0.5;

    private static final double QUOTE_WEIGHT = 50;
    private static final double PREFIX_WEIGHT = 20;
    private static final double SUFFIX_WEIGHT = 20;
    private static final double POSITION_WEIGHT = 10;

    private Reanchorer() {
    }

    public static List<Result> reanchor(String newText, List<Annotation> old) {
        List<Result> results = new ArrayList<>(old.size());
        for (Annotation a : old) {
            results.add(reanchor(newText, a));
        }
        return results;
    }

    public static Result reanchor(String newText, Annotation a) {
        String quote = a.quote();
        Candidate best = null;
        for (int at = newText.indexOf(quote); at >= 0; at = newText.indexOf(quote, at + 1)) {
            Candidate c = score(newText, a, new Span(at, at + quote.length()), 1.0);
            if (best == null || c.score > best.score) {
                best = c;
            }
        }
        if (best != null) {
            Status status = best.span.equals(a.span()) ? Status.EXACT_POSITION : Status.MOVED;
            return new Result(a, status, best.span, best.score);
        }
        best = fuzzy(newText, a);
        if (best != null) {
            return new Result(a, Status.FUZZY, best.span, best.score);
        }
        return new Result(a, Status.ORPHANED, null, 0);
    }

    /** Edits allowed between the quote and its fuzzy place. */
    static int maxErrors(int quoteLength) {
        return quoteLength < MIN_FUZZY_QUOTE ? 0 : quoteLength / 5;
    }

    private record Candidate(Span span, double score, double context) {
    }

    private static Candidate fuzzy(String text, Annotation a) {
        String quote = a.quote();
        int k = maxErrors(quote.length());
        if (k == 0 || text.isEmpty()) {
            return null;
        }
        int[][] ends = ApproximateMatch.ends(quote, text, k);
        int[] distance = ends[0];
        int[] start = ends[1];
        Candidate best = null;
        for (int j = 1; j <= text.length(); j++) {
            int d = distance[j];
            if (d > k || start[j] >= j) {
                continue;
            }
            Candidate c = score(text, a, new Span(start[j], j), 1.0 - (double) d / quote.length());
            boolean trusted = quote.length() >= CONTEXT_FREE_QUOTE || c.context >= MIN_FUZZY_CONTEXT;
            if (trusted && (best == null || c.score > best.score)) {
                best = c;
            }
        }
        return best;
    }

    private static Candidate score(String text, Annotation a, Span span, double quoteSimilarity) {
        String before = text.substring(Math.max(0, span.start() - a.prefix().length()), span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + a.suffix().length()));
        double prefix = similarity(a.prefix(), before);
        double suffix = similarity(a.suffix(), after);
        double position = 1.0 - Math.min(1.0, Math.abs(span.start() - a.start()) / (double) Math.max(1, text.length()));
        double total = (QUOTE_WEIGHT * quoteSimilarity + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix
                + POSITION_WEIGHT * position) / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
        return new Candidate(span, total, (prefix + suffix) / 2);
    }

    /** 1 − edit distance / length: 1 for equal strings (and for an empty kept context, which says nothing against). */
    static double similarity(String expected, String actual) {
        int length = Math.max(expected.length(), actual.length());
        if (expected.isEmpty()) {
            return 1.0;
        }
        return 1.0 - (double) ApproximateMatch.distance(expected, actual) / length;
    }
}
