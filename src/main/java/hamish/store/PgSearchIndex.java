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
 * The search index on PostgreSQL: one row of {@code document_search(document_id, words tsvector, variants tsvector)}
 * per document, written from the same Java-folded words as SQLite's FTS5 rows ({@link SearchKeys#indexText}), as
 * tsvector text literals cast in SQL ({@code ?::tsvector}), never through a text-search dictionary.
 *
 * <p><b>Lexemes are SQLite's tokens.</b> SQLite's index is FTS5 with the {@code ascii} tokenizer over the
 * space-separated folded words: it also splits a word at every ASCII char that is not a letter or digit ("2,015" is
 * two tokens, 2 and 015) and lower-cases ASCII letters. {@link #lexemes} does exactly that, for the index and for
 * the queries ({@link PgSearchQuery}), so both backends match the same tokens.
 *
 * <p><b>Weights, and positions only to carry them.</b> {@code words} holds every lexeme of the title (weight A),
 * the body (B) and the proclitic-free forms (C) once, with one fixed position per class ({@code 'w':1A,2B,3C}): a
 * lexeme without a position cannot carry a weight, and the same position twice keeps only the higher weight.
 * Real word positions are not stored because nothing uses them: PostgreSQL clamps positions above 16383 and keeps
 * at most 255 per lexeme, so a {@code <->} phrase would lose phrases late in a long article; a phrase is instead a
 * candidate filter (every word in the title or body, the first as any of its proclitic spellings) that the text
 * re-check of {@link CorpusSearch} makes exact. The fixed positions keep the index small (a lexeme costs 2 bytes
 * per class it occurs in, not per occurrence) and give {@code ts_rank} what it needs: which classes hold a word.
 * {@code variants} holds each variant key once, without positions.
 *
 * <p><b>Limits.</b> A lexeme longer than {@value #MAX_LEXEME_BYTES} UTF-8 bytes becomes its first bytes (at a code
 * point) followed by '#' and the SHA-1 of the whole word, in the index and in queries alike: a long word matches
 * exactly the same long word, as in SQLite's index, and never another that only starts alike. A document whose vector would
 * pass PostgreSQL's 1 MB limit (some 40,000 distinct words) is stored as the single lexeme {@value #OVERFLOW}, which
 * no word can be (it holds '#', which {@link #lexemes} never keeps) and which every query also matches, so such a
 * document is always a candidate, kept only where SQLite's index would match it ({@link PgOverflowCheck}, over its
 * index text worked out again), then re-checked on its text as every candidate is.
 */
final class PgSearchIndex {

    /** The lexeme standing for "every word": a document too large for a tsvector. */
    static final String OVERFLOW = "#overflow";
    /** The tsquery matching {@link #OVERFLOW}. */
    static final String OVERFLOW_QUERY = quote(OVERFLOW);

    /** PostgreSQL refuses a lexeme of 2047 bytes or more (MAXSTRLEN). */
    static final int MAX_LEXEME_BYTES = 2046;
    /** Well under PostgreSQL's 1 MB of lexemes and positions per tsvector (MAXSTRPOS), counting generously. */
    static final int MAX_VECTOR_BYTES = 1_000_000;

    private static final String UPSERT = "INSERT INTO document_search (document_id, words, variants) VALUES (?, ?::tsvector, ?::tsvector) "
            + "ON CONFLICT (document_id) DO UPDATE SET words = excluded.words, variants = excluded.variants";

    private PgSearchIndex() {
    }

    static void addAll(Connection c, List<SearchIndex.Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(UPSERT)) {
            for (SearchIndex.Entry e : entries) {
                insert.setLong(1, e.id());
                insert.setString(2, words(e.text()));
                insert.setString(3, variants(e.text()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void remove(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM document_search WHERE document_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** The tsvector literal of {@code words}: title A, body B, proclitic-free forms C; {@link #OVERFLOW} when too large. */
    static String words(SearchKeys.IndexText text) {
        Map<String, Integer> classes = new LinkedHashMap<>();
        addClass(classes, text.title(), 1);
        addClass(classes, text.body(), 2);
        addClass(classes, text.bare(), 4);
        StringBuilder vector = new StringBuilder();
        long bytes = 0;
        for (Map.Entry<String, Integer> e : classes.entrySet()) {
            int mask = e.getValue();
            int positions = Integer.bitCount(mask);
            bytes += 4 + utf8Length(e.getKey()) + 1 + 2 + 2L * positions;
            if (bytes > MAX_VECTOR_BYTES) {
                return OVERFLOW_QUERY;
            }
            if (!vector.isEmpty()) {
                vector.append(' ');
            }
            vector.append(quote(e.getKey())).append(':');
            String sep = "";
            if ((mask & 1) != 0) {
                vector.append("1A");
                sep = ",";
            }
            if ((mask & 2) != 0) {
                vector.append(sep).append("2B");
                sep = ",";
            }
            if ((mask & 4) != 0) {
                vector.append(sep).append("3C");
            }
        }
        return vector.toString();
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

    private static void addClass(Map<String, Integer> classes, String words, int bit) {
        for (String word : split(words)) {
            for (String lexeme : lexemes(word)) {
                classes.merge(lexeme, bit, (a, b) -> a | b);
            }
        }
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
