package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The text core on two real articles. Expected counts were measured with a separate regex over the raw
 * files; {@link #oracle} repeats that method so that the matcher is also checked term by term.
 */
class SeedArticlesTest {

    private static final List<String> TERMS = List.of("غانتس", "جانتس", "اسرائيل", "إيران", "واشنطن", "بلينكن",
            "أوستن", "نتنياهو", "غزة", "البنتاجون", "بنتاغون", "البيت الأبيض", "الولايات المتحدة", "جو بايدن",
            "لابيد", "1400", "2015");

    @Test
    void findsGhantsThirteenTimesInTheFirstArticle() {
        String text = SeedArticles.read(SeedArticles.FIRST);
        List<Span> spans = TextFinder.findAll(text, "غانتس");
        assertEquals(13, spans.size());
        spans.forEach(span -> assertEquals("غانتس", span.of(text)));
    }

    @Test
    void israelFindsTheNameWithProcliticsButNotTheAdjective() {
        String text = SeedArticles.read(SeedArticles.FIRST);
        List<TermMatch> matches = new ProcliticMatcher().find(text, "اسرائيل");
        assertEquals(9, matches.size());
        List<String> words = matches.stream().map(m -> m.tokenSpan().of(text)).distinct().sorted().toList();
        assertEquals(List.of("إسرائيل", "لإسرائيل", "وإسرائيل"), words);
        assertTrue(text.contains("الإسرائيلي"), "the article does use the adjective");
    }

    @Test
    void theSecondArticleSpellsGhantsBothWaysAndTheMatcherKeepsThemApart() {
        String text = SeedArticles.read(SeedArticles.SECOND);
        List<TermMatch> ghain = new ProcliticMatcher().find(text, "غانتس");
        assertEquals(5, ghain.size());
        assertEquals(2, ghain.stream().filter(m -> m.proclitic().equals("ب")).count());
        assertEquals(2, TextFinder.findAll(text, "جانتس").size());
    }

    @Test
    void findsNumbers() {
        assertEquals(1, TextFinder.findAll(SeedArticles.read(SeedArticles.FIRST), "1400").size());
        assertEquals(1, TextFinder.findAll(SeedArticles.read(SeedArticles.SECOND), "٢٠١٥").size());
    }

    @Test
    void matcherAgreesWithARegexOracleOnEveryTerm() {
        ProcliticMatcher matcher = new ProcliticMatcher();
        for (String text : SeedArticles.all()) {
            FoldedTokens tokens = FoldedTokens.of(text);
            for (String term : TERMS) {
                List<Integer> starts = matcher.find(tokens, term).stream().map(m -> m.span().start()).toList();
                assertEquals(oracle(text, term), starts, term);
            }
        }
    }

    @Test
    void everyMatchCoversTextThatFoldsToTheTerm() {
        ProcliticMatcher matcher = new ProcliticMatcher();
        for (String text : SeedArticles.all()) {
            for (String term : TERMS) {
                String folded = ArabicNormalizer.fold(term);
                for (TermMatch match : matcher.find(text, term)) {
                    String covered = ArabicNormalizer.fold(match.span().of(text));
                    boolean articleLamShared = match.proclitic().endsWith("ل") && covered.equals(folded.substring(1));
                    assertTrue(covered.equals(folded) || articleLamShared, term + " at " + match.span());
                    assertEquals(ArabicNormalizer.fold(match.tokenSpan().of(text)), match.proclitic() + covered);
                }
            }
        }
    }

    @Test
    void tokensOfTheArticlesAreWordsOnly() {
        for (String text : SeedArticles.all()) {
            int previousEnd = 0;
            for (Token token : WordTokenizer.tokenize(text)) {
                assertTrue(token.start() >= previousEnd, "tokens are in order and do not overlap");
                previousEnd = token.end();
                assertFalse(token.text().matches(".*[\\s،,.:؛“”«»()\"].*"), token.text());
            }
        }
    }

    @Test
    void sentencesOfTheArticlesAreTrimmedOrderedAndCoverEveryWord() {
        for (String text : SeedArticles.all()) {
            List<Span> sentences = SentenceSplitter.sentences(text);
            int previousEnd = 0;
            for (Span sentence : sentences) {
                assertTrue(sentence.start() >= previousEnd);
                previousEnd = sentence.end();
                String s = sentence.of(text);
                assertEquals(s.strip(), s);
                assertFalse(s.isEmpty() || s.contains("\n"));
            }
            for (Token token : WordTokenizer.tokenize(text)) {
                assertTrue(sentences.stream().anyMatch(s -> s.contains(token.span())), token.text());
            }
        }
    }

    @Test
    void paragraphsWithTextAreTheNonBlankLines() {
        String text = SeedArticles.read(SeedArticles.FIRST);
        long withText = SentenceSplitter.paragraphs(text).stream().filter(p -> !p.of(text).isBlank()).count();
        assertEquals(text.lines().filter(l -> !l.isBlank()).count(), withText);
    }

    /**
     * Start offsets of the term in {@code text}, found independently of the tokenizer: the text is folded
     * char by char (harakat and tatweel dropped, alef/ya/ta marbuta unified) while remembering each char's
     * origin, then a regex requires a non-letter, an optional proclitic, the term, and a non-letter.
     */
    private static List<Integer> oracle(String text, String term) {
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            folded.append(simpleFold(c));
            origin.add(i);
        }
        String foldedTerm = term.chars().mapToObj(c -> String.valueOf(simpleFold((char) c))).collect(Collectors.joining());
        String letter = "[\\p{L}\\p{Nd}]";
        String proclitic = foldedTerm.startsWith("ال")
                ? "(?:[وف]?(?:[بكل]?(?:ال)?|لل)(?=" + Pattern.quote(foldedTerm) + ")|[وف]?ل(?=" + Pattern.quote(foldedTerm.substring(1)) + "))"
                : "[وف]?(?:[بكل]?(?:ال)?|لل)";
        String body = foldedTerm.startsWith("ال")
                ? "(?:" + Pattern.quote(foldedTerm) + "|" + Pattern.quote(foldedTerm.substring(1)) + ")"
                : Pattern.quote(foldedTerm);
        Pattern pattern = Pattern.compile("(?<!" + letter + ")" + proclitic + "(" + body + ")(?!" + letter + ")");
        List<Integer> starts = new ArrayList<>();
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            starts.add(origin.get(m.start(1)));
        }
        return starts;
    }

    private static char simpleFold(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ى':
                return 'ي';
            case 'ة':
                return 'ه';
            default:
                return c;
        }
    }
}
