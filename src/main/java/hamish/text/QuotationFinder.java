package hamish.text;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text with their speakers. A quotation is what {@link QuoteDetector} calls a quote: text in
 * « », “ ” or "…" that is not a name in quote marks (at most three words with no clause in them). Unquoted
 * reported speech (the clause after إن/أن) is an {@link Attribution}'s statement, not a quotation.
 * Each quotation takes the speaker of the attribution whose statement holds it ({@link AttributionDetector}).
 */
public final class QuotationFinder {

    private QuotationFinder() {
    }

    public static List<Quotation> find(String text) {
        List<Attribution> attributions = AttributionDetector.detect(text);
        List<Quotation> found = new ArrayList<>();
        for (QuoteCandidate q : QuoteDetector.detect(text)) {
            if (q.kind() != QuoteCandidate.Kind.QUOTE) {
                continue;
            }
            Attribution said = saying(attributions, q.span());
            if (said == null) {
                Span none = new Span(q.span().start(), q.span().start());
                found.add(new Quotation(q.span(), q.closedAtParagraphEnd(), none, "", none, ""));
            } else {
                found.add(new Quotation(q.span(), q.closedAtParagraphEnd(), said.subject(), said.subjectText(), said.verb(), said.verbLemma()));
            }
        }
        return found;
    }

    /** The attribution whose statement holds the quotation (its start: a sentence end inside it may cut the statement); one with a named speaker before one without. */
    private static Attribution saying(List<Attribution> attributions, Span quote) {
        Attribution best = null;
        for (Attribution a : attributions) {
            if (a.content().contains(quote.start()) && (best == null || !best.hasSubject() && a.hasSubject())) {
                best = a;
            }
        }
        return best;
    }
}
