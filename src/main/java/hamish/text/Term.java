package hamish.text;

import java.util.ArrayList;
import java.util.List;

/** A search term cut into folded words and the folded separators between them. */
record Term(List<String> words, List<String> gaps, int letterCount) {

    static Term parse(String term) {
        List<Token> tokens = WordTokenizer.tokenize(term);
        List<String> words = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int letters = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String folded = ArabicNormalizer.fold(tokens.get(i).text());
            words.add(folded);
            letters += (int) folded.codePoints().filter(Character::isLetterOrDigit).count();
            if (i > 0) {
                // A term may hold a line break (an entity name from an imported file): its gap matches no
                // text gap, as gapKey gives none across a line break; kept as text, since lists hold no null.
                String gap = gapKey(term.substring(tokens.get(i - 1).end(), tokens.get(i).start()));
                gaps.add(gap == null ? "\n" : gap);
            }
        }
        return new Term(List.copyOf(words), List.copyOf(gaps), letters);
    }

    /**
     * What separates two words, for comparing a term's separators with the text's: folded, blanks removed,
     * the many double quote marks (“ ” „ « » ") made one. Null for a line break, which nothing crosses.
     */
    static String gapKey(String gap) {
        if (gap.indexOf('\n') >= 0) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        ArabicNormalizer.fold(gap).codePoints().filter(cp -> !TextChars.isBlank(cp))
                .map(Term::unifyQuote).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static int unifyQuote(int cp) {
        switch (cp) {
            case '“', '”', '„', '‟', '«', '»', '″':
                return '"';
            default:
                return cp;
        }
    }
}
