package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.text.SearchKeys;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
    void termsCarryTheirClassesCountsAndFollowers() {
        SearchKeys.IndexText text = SearchKeys.indexText("غزة اليوم", "قال في غزة واليوم");
        Map<String, PgSearchIndex.Term> terms = PgSearchIndex.terms(text).terms();
        int titleAndBody = PgSearchIndex.TITLE | PgSearchIndex.BODY;
        assertEquals(titleAndBody, terms.get("غزه").classes()); // ة folds to ه
        assertEquals(3.0f, terms.get("غزه").frequency()); // title 2, body 1
        assertEquals(PgSearchIndex.TITLE | PgSearchIndex.BARE, terms.get("اليوم").classes());
        assertEquals(PgSearchIndex.BODY, terms.get("واليوم").classes());
        long afterGaza = terms.get("غزه").followers();
        assertTrue((afterGaza & PgSearchIndex.followerBit("اليوم")) != 0, "title: غزة اليوم");
        assertTrue((afterGaza & PgSearchIndex.followerBit("واليوم")) != 0, "body: غزة واليوم");
        assertEquals(0, terms.get("واليوم").followers(), "the last word is followed by nothing, not by the next column");
        assertEquals(6, PgSearchIndex.terms(text).length());
    }

    @Test
    void aDocumentPastTheTsvectorLimitKeepsEveryTermAndOverflowsOnlyItsVariants() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 120_000; i++) {
            many.append("كلمة").append(Integer.toString(i, 36)).append(' ');
        }
        SearchKeys.IndexText text = SearchKeys.indexText("", many.toString());
        assertTrue(PgSearchIndex.terms(text).terms().size() >= 120_000, "every word (and its proclitic-free form) has its term");
        assertEquals(PgSearchIndex.OVERFLOW_QUERY, PgSearchIndex.variants(text));
    }

    @Test
    void aConditionOfManyLeavesUsesOneBitColumnPer63() {
        PgTermQuery query = PgSearchQuery.match(SearchQuery.terms("\"البيت الأبيض\" \"الأمم المتحدة\" \"وزير الخارجية\""));
        int leaves = query.leaves(new java.util.ArrayList<>()).size();
        assertTrue(leaves > PgTermQuery.BITS, "leaves: " + leaves);
        String condition = query.condition();
        assertTrue(condition.contains("held0 & ") && condition.contains("held1 & "), condition);
        assertTrue(!condition.contains("held2"), condition);
        assertTrue(condition.matches("[held0-9 &<>=()ANDOR]+"), "numbers, columns and operators only: " + condition);
    }

    @Test
    void queriesTakeSyntaxAsText() {
        assertEquals("'and' & 'not'", PgSearchQuery.match(SearchQuery.terms("AND NOT *")).text());
        assertEquals("'2' & '015'", PgSearchQuery.match(SearchQuery.terms("2,015")).text());
        assertNull(PgSearchQuery.match(SearchQuery.terms("* & | !")));
        String phrase = PgSearchQuery.match(SearchQuery.terms("\"البيت الأبيض\"")).text();
        assertTrue(phrase.startsWith("( 'البيت':AB | "), phrase);
        assertTrue(phrase.contains("'بالبيت':AB"), phrase);
        assertTrue(phrase.endsWith(" & 'الابيض':AB"), phrase);
    }
}
