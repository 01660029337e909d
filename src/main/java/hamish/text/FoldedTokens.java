package hamish.text;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The words of a text, each with its folded form and the way back to its original characters. Built
 * once per document and shared by every term looked up in it (find-in-page as the user types, entity
 * matching over a list of names).
 */
public final class FoldedTokens {

    private final String text;
    private final List<Token> tokens;
    private final List<NormalizedText> folded;

    private FoldedTokens(String text, List<Token> tokens, List<NormalizedText> folded) {
        this.text = text;
        this.tokens = tokens;
        this.folded = folded;
    }

    public static FoldedTokens of(String text) {
        List<Token> tokens = WordTokenizer.tokenize(text);
        List<NormalizedText> folded = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            folded.add(ArabicNormalizer.normalize(token.text()));
        }
        return new FoldedTokens(text, Collections.unmodifiableList(tokens), Collections.unmodifiableList(folded));
    }

    public String text() {
        return text;
    }

    public int size() {
        return tokens.size();
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The folded form of token {@code index}. */
    public String folded(int index) {
        return folded.get(index).text();
    }

    /** The original-text span of {@code foldedSpan}, a span of the folded form of token {@code index}. */
    public Span toOriginal(int index, Span foldedSpan) {
        return folded.get(index).toOriginal(foldedSpan).shift(tokens.get(index).start());
    }
}
