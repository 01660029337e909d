package hamish.analysis;

import hamish.text.Token;
import hamish.text.WordTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The token-level labels that Cohen's kappa compares: the words of a text as the project's
 * {@link WordTokenizer} finds them (search and analysis use the same words), each labelled by one annotator with
 * the tag of the span of theirs that covers it. A span covers a word when they share at least one character
 * (a span ending inside a word, as one cut before a suffix, still labels that word). When several spans cover a
 * word, the innermost one labels it: the shortest, then the one starting last, then the first tag name in
 * alphabetical order. A word no span covers is labelled {@link #NONE}.
 */
public final class WordLabels {

    /** The label of a word no span of the annotator covers. */
    public static final String NONE = "(none)";

    private WordLabels() {
    }

    /** The words of {@code text}. */
    public static List<Token> words(String text) {
        return WordTokenizer.tokenize(text);
    }

    /** One label per word of {@code words} (in text order, as the tokenizer gives them), from {@code spans}. */
    public static List<String> label(List<Token> words, List<TaggedSpan> spans) {
        Comparator<TaggedSpan> innermost = Comparator.comparingInt((TaggedSpan s) -> s.span().length())
                .thenComparing(Comparator.comparingInt(TaggedSpan::start).reversed()).thenComparing(TaggedSpan::tag);
        List<TaggedSpan> byStart = spans.stream().sorted(Comparator.comparingInt(TaggedSpan::start)).toList();
        // A sweep: the words come in order, so a span that ends before a word can cover no later word. Only the
        // spans open at the word are compared, not every span of a 5,000-annotation article for each word.
        List<TaggedSpan> open = new ArrayList<>();
        int next = 0;
        List<String> labels = new ArrayList<>(words.size());
        for (Token w : words) {
            while (next < byStart.size() && byStart.get(next).start() < w.span().end()) {
                open.add(byStart.get(next++));
            }
            open.removeIf(s -> s.end() <= w.span().start());
            TaggedSpan best = null;
            for (TaggedSpan s : open) {
                if (s.span().intersects(w.span()) && (best == null || innermost.compare(s, best) < 0)) {
                    best = s;
                }
            }
            labels.add(best == null ? NONE : best.tag());
        }
        return labels;
    }
}
