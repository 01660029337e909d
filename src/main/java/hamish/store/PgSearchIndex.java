package hamish.store;

import hamish.text.SearchKeys;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search index on PostgreSQL: per document a row of {@code document_search(document_id, length, variants)} and
 * one row of {@code document_term(lexeme, document_id, classes, frequency, length, followers)} per distinct lexeme,
 * written from the same Java-folded words as SQLite's FTS5 rows ({@link SearchKeys#indexText}), never through a
 * text-search dictionary.
 *
 * <p><b>Lexemes are SQLite's tokens.</b> SQLite's index is FTS5 with the {@code ascii} tokenizer over the
 * space-separated folded words: it also splits a word at every ASCII char that is not a letter or digit ("2,015" is
 * two tokens, 2 and 015) and lower-cases ASCII letters. {@link #lexemes} does exactly that, for the index and for
 * the queries ({@link PgSearchQuery}), so both backends match the same tokens.
 *
 * <p><b>Term rows, not a tsvector, for words.</b> A search must filter and order every match, and a common word
 * matches nearly every document. A tsvector of each document's words made PostgreSQL read and decompress every
 * match's whole vector (some 2 KB, ~14 µs a match); a term row is the few bytes a search needs of one word in one
 * document, read from one index ({@code document_term_search}, which covers the columns). {@code classes} says where
 * the lexeme occurs ({@value #TITLE} title, {@value #BODY} body, {@value #BARE} proclitic-free form), which phrases
 * ask ({@link PgTermQuery}); {@code frequency} counts its occurrences weighted as SQLite's bm25 columns are (title
 * 2, body 1, proclitic-free form 0.8) and {@code length} is the document's tokens in title and body, copied into each
 * row so that a score needs no other row ({@link PgTermScores}). Real word positions are not stored (they would
 * double a row): a phrase is a candidate filter (every word in the title or body, the first as any of its proclitic
 * spellings, each followed there by a lexeme sharing the next word's {@link #followerBit} in {@code followers}) that
 * the text re-check of {@link CorpusSearch} makes exact. Term rows have no size limit per document, unlike a tsvector.
 *
 * <p><b>Variants.</b> {@code variants} is a tsvector of each variant key once, without positions, behind a GIN
 * index: variant search is asked for, not typed as you go, so it keeps the simpler structure.
 *
 * <p><b>Limits.</b> A lexeme longer than {@value #MAX_LEXEME_BYTES} UTF-8 bytes becomes its first bytes (at a code
 * point) followed by '#' and the SHA-1 of the whole word, in the index and in queries alike: a long word matches
 * exactly the same long word, as in SQLite's index, and never another that only starts alike (PostgreSQL refuses a
 * longer tsvector lexeme; a b-tree entry of the term index must also stay under a third of a page). A document whose
 * variant vector would pass PostgreSQL's 1 MB limit (some 40,000 distinct words) stores {@code variants} as the
 * single lexeme {@value #OVERFLOW}, which no word can be (it holds '#', which {@link #lexemes} never keeps) and which
 * every variant query also matches, so such a document is always a candidate, kept only where SQLite's index would
 * match it ({@link PgOverflowCheck}, over its index text worked out again), then re-checked on its text as every
 * candidate is.
 */
final class PgSearchIndex {

    /** The lexeme standing for "every variant key": a document too large for a tsvector. */
    static final String OVERFLOW = "#overflow";
    /** The tsquery matching {@link #OVERFLOW}. */
    static final String OVERFLOW_QUERY = quote(OVERFLOW);

    /** Bits of {@code document_term.classes}. */
    static final int TITLE = 1;
    static final int BODY = 2;
    static final int BARE = 4;
    static final int TITLE_OR_BODY = TITLE | BODY;

    /** SQLite's bm25 column weights ({@link SearchIndex#RANK}): one occurrence in each class counts this much. */
    private static final float TITLE_WEIGHT = 2.0f;
    private static final float BODY_WEIGHT = 1.0f;
    private static final float BARE_WEIGHT = 0.8f;

    /** PostgreSQL refuses a lexeme of 2047 bytes or more (MAXSTRLEN). */
    static final int MAX_LEXEME_BYTES = 2046;
    /** Well under PostgreSQL's 1 MB of lexemes and positions per tsvector (MAXSTRPOS), counting generously. */
    static final int MAX_VECTOR_BYTES = 1_000_000;

    private static final String UPSERT = "INSERT INTO document_search (document_id, length, variants) VALUES (?, ?, ?::tsvector) "
            + "ON CONFLICT (document_id) DO UPDATE SET length = excluded.length, variants = excluded.variants";
    /** The documents' old term rows, when they are indexed again (a new title or text). */
    private static final String UNTERM = "DELETE FROM document_term WHERE document_id = ANY (?)";
    /** Documents whose term rows one statement writes: a bench batch's, some 226,000 rows and 10 MB of arrays. */
    private static final int DOCUMENTS_PER_STATEMENT = 1000;
    /**
     * The term rows of up to {@value #DOCUMENTS_PER_STATEMENT} documents from six arrays, one statement. A statement
     * per document inserted each document's rows in its own order, scattered over the whole lexeme index; the
     * documents' rows in lexeme order (sorted in Java) meet each index page about once: 1.7 s for 1,000 articles
     * where that took 3.
     */
    private static final String TERMS = "INSERT INTO document_term (lexeme, document_id, classes, frequency, length, followers) "
            + "SELECT * FROM unnest(?::text[], ?::int8[], ?::int2[], ?::float4[], ?::int4[], ?::int8[])";

    /**
     * One lexeme of one document: where it occurs ({@link #TITLE}, {@link #BODY}, {@link #BARE}), its weighted count,
     * and the lexemes that follow it in the title or body, as a set of {@link #followerBit}s.
     */
    record Term(int classes, float frequency, long followers) {

        Term merge(Term other) {
            return new Term(classes | other.classes, frequency + other.frequency, followers | other.followers);
        }
    }

    private PgSearchIndex() {
    }

    static void addAll(Connection c, List<SearchIndex.Entry> entries) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(UPSERT);
             PreparedStatement unterm = c.prepareStatement(UNTERM);
             PreparedStatement insert = c.prepareStatement(TERMS)) {
            for (int from = 0; from < entries.size(); from += DOCUMENTS_PER_STATEMENT) {
                List<SearchIndex.Entry> group = entries.subList(from, Math.min(entries.size(), from + DOCUMENTS_PER_STATEMENT));
                List<DocumentTerms> terms = new ArrayList<>(group.size());
                Long[] ids = new Long[group.size()];
                for (int i = 0; i < group.size(); i++) {
                    SearchIndex.Entry e = group.get(i);
                    ids[i] = e.id();
                    terms.add(terms(e.text()));
                    upsert.setLong(1, e.id());
                    upsert.setInt(2, terms.get(i).length());
                    upsert.setString(3, variants(e.text()));
                    upsert.addBatch();
                }
                upsert.executeBatch();
                unterm.setArray(1, c.createArrayOf("int8", ids));
                unterm.executeUpdate();
                insertTerms(c, insert, group, terms);
            }
        }
    }

    /** One term row of one document, as {@link #TERMS} writes it. */
    private record Row(String lexeme, long document, Term term, int length) {
    }

    private static void insertTerms(Connection c, PreparedStatement insert, List<SearchIndex.Entry> entries,
                                    List<DocumentTerms> terms) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            long id = entries.get(i).id();
            int length = terms.get(i).length();
            terms.get(i).terms().forEach((lexeme, term) -> rows.add(new Row(lexeme, id, term, length)));
        }
        // Java's order, not the collation's: what helps is a lexeme's rows together and neighbours near.
        rows.sort(java.util.Comparator.comparing(Row::lexeme).thenComparingLong(Row::document));
        int n = rows.size();
        String[] lexemes = new String[n];
        Long[] documents = new Long[n];
        Short[] classes = new Short[n];
        Float[] frequencies = new Float[n];
        Integer[] lengths = new Integer[n];
        Long[] followers = new Long[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            lexemes[i] = row.lexeme();
            documents[i] = row.document();
            classes[i] = (short) row.term().classes();
            frequencies[i] = row.term().frequency();
            lengths[i] = row.length();
            followers[i] = row.term().followers();
        }
        insert.setArray(1, c.createArrayOf("text", lexemes));
        insert.setArray(2, c.createArrayOf("int8", documents));
        insert.setArray(3, c.createArrayOf("int2", classes));
        insert.setArray(4, c.createArrayOf("float4", frequencies));
        insert.setArray(5, c.createArrayOf("int4", lengths));
        insert.setArray(6, c.createArrayOf("int8", followers));
        insert.executeUpdate();
    }

    /** Removes a document's row, and with it (ON DELETE CASCADE) its term rows. */
    static void remove(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM document_search WHERE document_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /**
     * A document's terms: each distinct lexeme of the title, the body and the proclitic-free forms, in order of
     * first occurrence, and its length, the tokens of the title and the body, which bm25 normalises by.
     */
    record DocumentTerms(Map<String, Term> terms, int length) {
    }

    /** The terms of one document, in one pass over its words. */
    static DocumentTerms terms(SearchKeys.IndexText text) {
        Map<String, Term> terms = new LinkedHashMap<>();
        int length = addClass(terms, text.title(), TITLE, TITLE_WEIGHT) + addClass(terms, text.body(), BODY, BODY_WEIGHT);
        addClass(terms, text.bare(), BARE, BARE_WEIGHT);
        return new DocumentTerms(terms, length);
    }

    /** The tsvector literal of {@code variants}: each key's lexemes once, no positions; {@link #OVERFLOW} when too large. */
    static String variants(SearchKeys.IndexText text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : split(text.variant())) {
            keys.addAll(lexemes(word));
        }
        StringBuilder vector = new StringBuilder();
        long bytes = 0;
        for (String key : keys) {
            bytes += 4 + utf8Length(key) + 1;
            if (bytes > MAX_VECTOR_BYTES) {
                return OVERFLOW_QUERY;
            }
            if (!vector.isEmpty()) {
                vector.append(' ');
            }
            vector.append(quote(key));
        }
        return vector.toString();
    }

    /**
     * Adds the lexemes of one class, and returns how many there were; in the title and body each also records its
     * follower (not across classes).
     */
    private static int addClass(Map<String, Term> terms, String words, int bit, float weight) {
        int tokens = 0;
        String previous = null;
        for (String word : split(words)) {
            for (String lexeme : lexemes(word)) {
                terms.merge(lexeme, new Term(bit, weight, 0), Term::merge);
                if (previous != null && bit != BARE) {
                    terms.merge(previous, new Term(0, 0, followerBit(lexeme)), Term::merge);
                }
                previous = lexeme;
                tokens++;
            }
        }
        return tokens;
    }

    /**
     * The bit standing for {@code lexeme} in a set of followers: one of 64, by hash. A set of a lexeme's followers
     * in one document then fits a bigint, and a phrase asks of its first word's row whether the bit of its second
     * word is set: a test that never fails where the words are adjacent and, for a word with few followers, seldom
     * passes where they are not (a phrase's re-check on the text would otherwise read the texts of nearly every
     * document holding its words). String.hashCode is fixed by the language, so the bits are the same everywhere.
     */
    static long followerBit(String lexeme) {
        int h = lexeme.hashCode() * 0x9E3779B9;
        return 1L << (h >>> 26);
    }

    private static List<String> split(String words) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= words.length(); i++) {
            if (i == words.length() || words.charAt(i) == ' ') {
                if (i > start) {
                    out.add(words.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * The tokens SQLite's FTS5 {@code ascii} tokenizer makes of a folded word: split at every ASCII char that is
     * not a letter or digit, ASCII letters lower-cased, every other char kept; each cut to {@value #MAX_LEXEME_BYTES}
     * bytes.
     */
    static List<String> lexemes(String folded) {
        List<String> out = new ArrayList<>(1);
        StringBuilder current = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (ch < 128 && !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9')) {
                flush(out, current);
            } else {
                current.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
            }
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (!current.isEmpty()) {
            out.add(cut(current.toString()));
            current.setLength(0);
        }
    }

    /**
     * {@code lexeme} as PostgreSQL can hold it: itself when short enough, else at most {@value #MAX_LEXEME_BYTES}
     * UTF-8 bytes: a prefix cut at a code point, '#', and the SHA-1 of the whole lexeme (no word holds '#').
     */
    static String cut(String lexeme) {
        if (lexeme.length() * 3 <= MAX_LEXEME_BYTES || utf8Length(lexeme) <= MAX_LEXEME_BYTES) {
            return lexeme;
        }
        return prefix(lexeme, MAX_LEXEME_BYTES - 41) + "#" + sha1(lexeme);
    }

    private static String sha1(String s) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    private static String prefix(String lexeme, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < lexeme.length()) {
            int cp = lexeme.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return lexeme.substring(0, i);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A lexeme as tsvector and tsquery text write it: in single quotes, a quote doubled, a backslash escaped. */
    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
