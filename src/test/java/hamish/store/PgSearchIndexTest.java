package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.text.SearchKeys;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tsvector and tsquery texts of PostgreSQL's search index, without a server. */
class PgSearchIndexTest {

    @Test
    void lexemesAreTheTokensOfSqlitesAsciiTokenizer() {
        assertEquals(List.of("2", "015"), PgSearchIndex.lexemes("2,015"));
        assertEquals(List.of("and"), PgSearchIndex.lexemes("AND"));
        assertEquals(List.of("it", "s"), PgSearchIndex.lexemes("It's"));
        assertEquals(List.of("اسرائيل"), PgSearchIndex.lexemes("اسرائيل"));
        assertEquals(List.of(), PgSearchIndex.lexemes("*"));
    }

    @Test
    void quotesLexemesForTsvectorAndTsquery() {
        assertEquals("'it''s'", PgSearchIndex.quote("it's"));
        assertEquals("'a\\\\b'", PgSearchIndex.quote("a\\b"));
    }

    @Test
    void cutsALexemeToPostgresqlsLimitAtACodePointKeepingWholeWordsApart() {
        String cut = PgSearchIndex.cut("ب".repeat(2000));
        assertTrue(cut.getBytes(StandardCharsets.UTF_8).length <= PgSearchIndex.MAX_LEXEME_BYTES);
        assertEquals(cut, PgSearchIndex.cut("ب".repeat(2000)));
        // Two long words that start alike are two lexemes, as they are two tokens in SQLite's index.
        assertNotEquals(cut, PgSearchIndex.cut("ب".repeat(1999)));
        assertNotEquals(cut, PgSearchIndex.cut("ب".repeat(2000) + "ة"));
        String emoji = PgSearchIndex.cut("a" + "😀".repeat(600));
        assertTrue(emoji.getBytes(StandardCharsets.UTF_8).length <= PgSearchIndex.MAX_LEXEME_BYTES);
        String prefix = emoji.substring(0, emoji.indexOf('#'));
        assertTrue(!Character.isHighSurrogate(prefix.charAt(prefix.length() - 1)));
        assertEquals("ب", PgSearchIndex.cut("ب"));
    }

    @Test
    void wordsCarryTheirClassesAsWeightsAtFixedPositions() {
        SearchKeys.IndexText text = SearchKeys.indexText("غزة اليوم", "قال في غزة واليوم");
        String words = PgSearchIndex.words(text);
        assertTrue(words.contains("'غزه':1A,2B"), words); // ة folds to ه
        assertTrue(words.contains("'اليوم':1A,3C"), words);
        assertTrue(words.contains("'واليوم':2B"), words);
    }

    @Test
    void aVectorPastTheLimitIsTheOverflowLexeme() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 120_000; i++) {
            many.append("كلمة").append(Integer.toString(i, 36)).append(' ');
        }
        SearchKeys.IndexText text = SearchKeys.indexText("", many.toString());
        assertEquals(PgSearchIndex.OVERFLOW_QUERY, PgSearchIndex.words(text));
        assertEquals(PgSearchIndex.OVERFLOW_QUERY, PgSearchIndex.variants(text));
    }

    @Test
    void queriesTakeSyntaxAsText() {
        assertEquals("'and' & 'not'", PgSearchQuery.match(SearchQuery.terms("AND NOT *")));
        assertEquals("( '2' & '015' )", PgSearchQuery.match(SearchQuery.terms("2,015")));
        assertEquals("", PgSearchQuery.match(SearchQuery.terms("* & | !")));
        String phrase = PgSearchQuery.match(SearchQuery.terms("\"البيت الأبيض\""));
        assertTrue(phrase.startsWith("( 'البيت':AB | "), phrase);
        assertTrue(phrase.contains("'بالبيت':AB"), phrase);
        assertTrue(phrase.endsWith(" & 'الابيض':AB"), phrase);
    }
}
