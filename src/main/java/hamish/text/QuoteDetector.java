package hamish.text;

import hamish.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds quoted text in a document. Outlets use « », “ ” and " and often get them wrong (لـ”نتنياهو” opens
 * with ”), so the double marks are told apart by where they stand, not by their shape: a mark with a blank
 * before it and a letter after it opens; a letter before and a blank or punctuation after it closes; a mark
 * between two letters closes an open quotation and otherwise opens one. « always opens and » always closes;
 * any closer ends the innermost open quotation, so “…«…»…” and “…“قوة”…” nest. Quotations never cross
 * a paragraph: one still open at the end of its paragraph ends there, flagged.
 *
 * <p>A quotation of at most three words with no verb or clause in it (“غانتس”, “إسرائيل”, “تويتر”) is a
 * name in quote marks. Without a tagger the test is a heuristic: sentence punctuation, a particle or
 * pronoun that only clauses have (لا، لم، لن، قد، إن، نحن…), or a later word joined by و (“تهديدات إيران
 * ووكلائها”) make it a quotation.
 */
public final class QuoteDetector {

    private static final int MAX_NAME_WORDS = 3;
    private static final String DOUBLE_MARKS = "“”\"„‟″";
    private static final String CLOSING_PUNCTUATION = ".,،:؛;!?؟)]}…";
    private static final Set<String> CLAUSE_WORDS = Set.of("لا", "لم", "لن", "قد", "سوف", "ان", "انه", "انها", "اننا",
            "انهم", "نحن", "هو", "هي", "هم", "انا", "انت", "ليس", "ليست", "كان", "كانت", "يكون", "تكون", "لقد", "ما",
            "هذا", "هذه", "الذي", "التي");

    private static final Set<String> NAMING_NOUNS = Set.of("قناه", "حزب", "لحزب", "وكاله", "صحيفه", "جريده", "موقع", "مهرجان",
            "منظمه", "حركه", "مجله", "شبكه", "هاشتاج", "وسم", "برنامج", "تلفزيون");

    private QuoteDetector() {
    }

    public static List<QuoteCandidate> detect(String text) {
        List<QuoteCandidate> found = new ArrayList<>();
        for (Span paragraph : SentenceSplitter.paragraphs(text)) {
            detectIn(text, paragraph, found);
        }
        found.sort(Comparator.comparing(QuoteCandidate::withMarks));
        return found;
    }

    private static void detectIn(String text, Span paragraph, List<QuoteCandidate> found) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            boolean opens;
            if (c == '«') {
                opens = true;
            } else if (c == '»') {
                opens = false;
            } else if (DOUBLE_MARKS.indexOf(c) >= 0) {
                opens = opensHere(text, paragraph, i, !open.isEmpty());
            } else {
                continue;
            }
            if (opens) {
                open.push(i);
            } else if (!open.isEmpty()) {
                int from = open.pop();
                add(text, new Span(from, i + 1), new Span(from + 1, i), false, found);
            }
        }
        Span rest = TextChars.trim(text, paragraph);
        while (!open.isEmpty()) {
            int from = open.pop();
            add(text, new Span(from, rest.end()), new Span(from + 1, rest.end()), true, found);
        }
    }

    private static boolean opensHere(String text, Span paragraph, int i, boolean somethingOpen) {
        boolean blankBefore = i == paragraph.start() || isSpaceOrOpening(text.charAt(i - 1));
        boolean blankAfter = i + 1 == paragraph.end() || TextChars.isBlank(text.charAt(i + 1))
                || CLOSING_PUNCTUATION.indexOf(text.charAt(i + 1)) >= 0 || DOUBLE_MARKS.indexOf(text.charAt(i + 1)) >= 0;
        if (i > paragraph.start() && text.charAt(i - 1) == ':' && blankAfter) {
            return true; // وقال البيان :" والأزهر…: a mark glued to the colon that introduces speech opens it
        }
        if (blankBefore != blankAfter) {
            return blankBefore;
        }
        return !somethingOpen;
    }

    private static boolean isSpaceOrOpening(char c) {
        return TextChars.isBlank(c) || c == '(' || c == '[' || c == '«';
    }

    private static void add(String text, Span withMarks, Span inside, boolean atParagraphEnd, List<QuoteCandidate> found) {
        Span span = TextChars.trim(text, inside);
        if (span.isEmpty() || WordTokenizer.tokenize(text, span).isEmpty()) {
            return;
        }
        QuoteCandidate.Kind kind = isNameLike(text, span) || isNamed(text, withMarks.start(), span)
                ? QuoteCandidate.Kind.NAME_IN_QUOTES : QuoteCandidate.Kind.QUOTE;
        found.add(new QuoteCandidate(span, withMarks, kind, atParagraphEnd));
    }

    /**
     * Up to three words after a noun that announces a name (قناة “إن تي في”, حزب «العدالة والتنمية»): the name of
     * a channel, party or agency, even when a word in it looks like a clause (إن) or is joined by و.
     */
    private static boolean isNamed(String text, int mark, Span span) {
        if (WordTokenizer.tokenize(text, span).size() > MAX_NAME_WORDS) {
            return false;
        }
        List<Token> before = WordTokenizer.tokenize(text, new Span(Math.max(0, mark - 24), mark));
        if (before.isEmpty() || !TextChars.trim(text, new Span(before.get(before.size() - 1).span().end(), mark)).isEmpty()) {
            return false;
        }
        return NAMING_NOUNS.contains(ArabicNormalizer.fold(before.get(before.size() - 1).text()));
    }

    static boolean isNameLike(String text, Span span) {
        List<Token> words = WordTokenizer.tokenize(text, span);
        if (words.size() > MAX_NAME_WORDS) {
            return false;
        }
        String quoted = span.of(text);
        for (int k = 0; k < quoted.length(); k++) {
            if (".،,:؛;!?؟".indexOf(quoted.charAt(k)) >= 0) {
                return false;
            }
        }
        for (int k = 0; k < words.size(); k++) {
            String folded = ArabicNormalizer.fold(words.get(k).text());
            if (CLAUSE_WORDS.contains(folded) || k > 0 && folded.startsWith("و") && folded.length() > 3) {
                return false;
            }
        }
        return true;
    }
}
