package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.model.Document;
import hamish.model.SearchHit;
import hamish.text.SearchKeys;
import hamish.text.Token;
import hamish.text.WordTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same documents stored through the real stores on SQLite and on PostgreSQL (a fresh database from
 * {@link TestPostgres}: skipped, saying so, when {@code HAMISH_TEST_POSTGRES} is unset), the same queries: the same
 * documents, match counts and context lines found on both ({@link CorpusSearch}, with and without variants, and
 * within a small ranking window), the same ids from {@link DocumentStore#searchWords}. The order may differ (FTS5's
 * bm25 over three columns against bm25 over one weighted field). The real reports (../shared) are used when present.
 */
class PgSearchEquivalenceTest {

    @TempDir
    Path dir;
    private Stores sqlite;
    private Stores postgres;
    private String postgresUrl;
    /** PostgreSQL's id of each document → SQLite's. */
    private final Map<Long, Long> sqliteId = new HashMap<>();
    private final List<Document> documents = new ArrayList<>();

    @BeforeEach
    void open() {
        postgresUrl = TestPostgres.freshDatabase();
        postgres = Stores.open(postgresUrl);
        sqlite = Stores.open(dir.resolve("search.db"));
    }

    @AfterEach
    void close() {
        if (sqlite != null) {
            sqlite.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void sqliteAndPostgresqlFindTheSameDocuments() {
        load();
        List<String> queries = queries();
        int compared = 0;
        int nonEmpty = 0;
        List<String> sqliteRefused = new ArrayList<>();
        for (String query : queries) {
            for (boolean variants : List.of(false, true)) {
                SearchOptions options = new SearchOptions(variants, 0, 10_000, 1_000);
                Map<Long, String> onPostgres = onPostgres(new CorpusSearch(postgres.database()).search(query, options));
                Map<Long, String> onSqlite;
                try {
                    onSqlite = hits(new CorpusSearch(sqlite.database()).search(query, options));
                } catch (StoreException e) {
                    // FTS5 refuses a variant search for a word its ascii tokenizer splits (2,015): a SQLite limit
                    // (detail=none has no phrases), not a result to compare.
                    assertTrue(variants && e.getMessage().contains("phrase queries are not supported"), query + ": " + e.getMessage());
                    sqliteRefused.add(query);
                    continue;
                }
                assertEquals(onSqlite, onPostgres, "query [" + query + "], variants " + variants);
                compared++;
                nonEmpty += onSqlite.isEmpty() ? 0 : 1;
            }
            assertEquals(new TreeSet<>(sqlite.documents().searchWords(query, 100_000)),
                    mapped(postgres.documents().searchWords(query, 100_000)), "searchWords [" + query + "]");
        }
        System.out.printf("PgSearchEquivalenceTest: %d documents, %d queries, %d searches compared (%d finding something), "
                + "plus searchWords for each query; variant searches SQLite refuses: %s%n", documents.size(), queries.size(),
                compared, nonEmpty, sqliteRefused);
        assertTrue(nonEmpty > queries.size() / 2, "most queries find something: " + nonEmpty + " of " + compared);
    }

    /**
     * A document too large for a tsvector (60,000 distinct words) has a term row per word and its variants as the
     * overflow lexeme, and is found exactly where SQLite finds it: not for في الختام, which the text re-check alone would find inside وفي الختام.
     */
    @Test
    void aDocumentPastTheTsvectorLimitIsFoundWhereSqliteFindsIt() throws SQLException {
        load();
        Document huge = add(Fixtures.document("نص ضخم", huge()));
        try (Connection pg = TestPostgres.connect(postgresUrl);
             Statement s = pg.createStatement();
             ResultSet row = s.executeQuery("SELECT variants::text, (SELECT count(*) FROM document_term t WHERE t.document_id = "
                     + "s.document_id) FROM document_search s WHERE document_id = " + pgId(huge.id()))) {
            assertTrue(row.next());
            assertEquals(PgSearchIndex.OVERFLOW_QUERY, row.getString(1));
            assertTrue(row.getLong(2) > 60_000, "every word has its term row: " + row.getLong(2));
        }
        int found = 0;
        for (String query : List.of("غانتس", "والرياض", "الرياض", "\"البيت الأبيض\"", "\"في الختام\"", "الختام", "في",
                "مقدمة جدا", "\"مقدمة طويلة\"", "AND", "قال", "\"غانتس والرياض\"", "جانتس", "السعودية")) {
            for (boolean variants : List.of(false, true)) {
                SearchOptions options = new SearchOptions(variants, 0, 10_000, 1_000);
                Map<Long, String> onSqlite = hits(new CorpusSearch(sqlite.database()).search(query, options));
                assertEquals(onSqlite, onPostgres(new CorpusSearch(postgres.database()).search(query, options)),
                        "query [" + query + "], variants " + variants);
                found += onSqlite.containsKey(huge.id()) ? 1 : 0;
            }
            assertEquals(new TreeSet<>(sqlite.documents().searchWords(query, 1000)), mapped(postgres.documents().searchWords(query, 1000)),
                    "searchWords [" + query + "]");
        }
        assertTrue(found >= 10, "the huge document is found by most of the queries: " + found);
        for (int window : List.of(1, 5)) {
            SearchOptions options = new SearchOptions(false, 0, 10_000, 0);
            assertEquals(hits(new CorpusSearch(sqlite.database(), window).search("الرياض", options)).keySet(),
                    onPostgres(new CorpusSearch(postgres.database(), window).search("الرياض", options)).keySet());
        }
    }

    private static String huge() {
        StringBuilder huge = new StringBuilder("مقدمة طويلة جدا عن غانتس والرياض.\n");
        Random random = new Random(16);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for (int i = 0; i < 60_000; i++) {
            int length = 4 + random.nextInt(6);
            for (int j = 0; j < length; j++) {
                huge.append(letters.charAt(random.nextInt(letters.length())));
            }
            huge.append(i % 20 == 19 ? ".\n" : " ");
        }
        return huge.append("وفي الختام البيت الأبيض.").toString();
    }

    /** A query of more than 63 leaves (each phrase's first word is some 25 proclitic spellings) spans two bit columns. */
    @Test
    void aQueryOfManyLeavesFindsWhatSqliteFinds() {
        load();
        add(Fixtures.document("بيان مشترك", "قال وزير الخارجية إن البيت الأبيض يدعم الأمم المتحدة، "
                + "وإن المملكة العربية السعودية ترحب بالبيت الأبيض."));
        int found = 0;
        for (String query : List.of("\"البيت الأبيض\" \"الأمم المتحدة\" \"وزير الخارجية\"",
                "\"الأمم المتحدة\" \"المملكة العربية\" \"البيت الأبيض\" السعودية")) {
            assertTrue(PgSearchQuery.match(SearchQuery.terms(query)).leaves(new ArrayList<>()).size() > PgTermQuery.BITS, query);
            for (boolean variants : List.of(false, true)) {
                SearchOptions options = new SearchOptions(variants, 0, 10_000, 1_000);
                Map<Long, String> onSqlite = hits(new CorpusSearch(sqlite.database()).search(query, options));
                assertEquals(onSqlite, onPostgres(new CorpusSearch(postgres.database()).search(query, options)),
                        query + ", variants " + variants);
                found += onSqlite.size();
            }
        }
        assertTrue(found > 0, "the queries find something");
    }

    @Test
    void theWindowRanksTheSameNewestMatches() {
        load();
        for (String query : List.of("في", "من", "السعودية", "الله", "أبها", "تركيا")) {
            for (int window : List.of(1, 3, 10)) {
                SearchOptions options = new SearchOptions(false, 0, 10_000, 0);
                assertEquals(hits(new CorpusSearch(sqlite.database(), window).search(query, options)).keySet(),
                        onPostgres(new CorpusSearch(postgres.database(), window).search(query, options)).keySet(),
                        "query " + query + ", window " + window);
            }
        }
    }

    @Test
    void aNewTitleOrTextIsSearchedByItsNewWords() {
        Document d = postgres.documents().insert(Fixtures.document("قمة عمان", "قال المتحدث إن القمة ستعقد في عمان."));
        assertEquals(List.of(d.id()), postgres.documents().searchWords("عمان", 10));
        Document retitled = new Document(d.id(), "قمة البحر الميت", d.outlet(), d.published(), d.language(), d.text(),
                d.contentHash(), d.importedAt(), d.url(), d.author());
        postgres.documents().updateDetails(d, retitled, postgres.documents().revision(d.id()).orElseThrow().number(),
                new hamish.model.Revision(0, "test", java.time.Instant.now()));
        assertEquals(List.of(d.id()), postgres.documents().searchWords("الميت", 10));
        assertEquals(List.of(d.id()), postgres.documents().searchWords("عمان", 10), "the body is still indexed");
        new TextCorrection(postgres.database()).replaceText(d.id(), "قال المتحدث إن القمة ستعقد في العقبة.");
        assertEquals(List.of(), postgres.documents().searchWords("عمان", 10));
        assertEquals(List.of(d.id()), postgres.documents().searchWords("العقبة", 10));
        assertEquals(1, new CorpusSearch(postgres.database()).search("\"في العقبة\"", SearchOptions.firstPage()).size());
        postgres.documents().delete(d.id());
        assertEquals(List.of(), postgres.documents().searchWords("العقبة", 10));
    }

    /** PostgreSQL's hits by SQLite's ids. */
    private Map<Long, String> onPostgres(List<SearchHit> found) {
        Map<Long, String> byId = new TreeMap<>();
        hits(found).forEach((id, hit) -> byId.put(sqliteId.get(id), hit));
        return byId;
    }

    private Set<Long> mapped(List<Long> postgresIds) {
        return postgresIds.stream().map(sqliteId::get).collect(Collectors.toCollection(TreeSet::new));
    }

    private long pgId(long id) {
        return sqliteId.entrySet().stream().filter(e -> e.getValue() == id).findFirst().orElseThrow().getKey();
    }

    /** Every found document's match count and context lines, by id: what must be equal (the order and scores may differ). */
    private static Map<Long, String> hits(List<SearchHit> hits) {
        Map<Long, String> byId = new TreeMap<>();
        for (SearchHit h : hits) {
            byId.put(h.documentId(), h.matchCount() + " " + h.lines());
        }
        return byId;
    }

    private void load() {
        List<Document> toLoad = new ArrayList<>();
        try {
            toLoad.addAll(StoreSeeds.documents());
        } catch (org.opentest4j.TestAbortedException e) {
            System.out.println("PgSearchEquivalenceTest: " + e.getMessage());
        }
        toLoad.addAll(newsEvents());
        toLoad.addAll(edgeCases());
        Set<String> hashes = new LinkedHashSet<>();
        for (Document d : toLoad) {
            if (hashes.add(d.contentHash())) {
                documents.add(add(d));
            }
        }
    }

    /** {@code d} stored on both, as SQLite's document. */
    private Document add(Document d) {
        Document stored = sqlite.documents().insert(d);
        sqliteId.put(postgres.documents().insert(d).id(), stored.id());
        return stored;
    }

    /** The reports of ../shared/corpora/news-events, title apart and above the content, when the folder is there. */
    private static List<Document> newsEvents() {
        Path found = Stream.of(Path.of("../shared/corpora/news-events"), Path.of("../../shared/corpora/news-events"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        if (found == null) {
            System.out.println("PgSearchEquivalenceTest: ../shared/corpora/news-events not found; comparing without the reports");
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        List<Document> reports = new ArrayList<>();
        for (String name : List.of("abha-bombing.jsonl", "suruc-bombing.jsonl")) {
            try {
                for (String line : Files.readAllLines(found.resolve(name), StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode report = json.readTree(line);
                    String title = report.path("title").asText().strip();
                    String text = java.text.Normalizer.normalize(title + "\n\n" + report.path("content").asText().strip(),
                            java.text.Normalizer.Form.NFC);
                    reports.add(Fixtures.document(title, text));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return reports;
    }

    /** Documents made for the edges: FTS syntax as words, split ASCII words, variants, a word past the lexeme limit. */
    private static List<Document> edgeCases() {
        List<Document> edges = new ArrayList<>(List.of(
                Fixtures.document("AND NOT OR", "He said AND NOT OR NEAR it's 2,015 a*b \"quoted\" back\\slash في البيت الأبيض."),
                Fixtures.document("غانتس", "قال بيني غانتس إن الحكومة والرياض بالبيت الأبيض وللبيت."),
                Fixtures.document("جانتس", "وصل جانتس إلى الرياض، وقال إن البيت الابيض لم يرد."),
                Fixtures.document("كلمة طويلة", "قبل " + "ب".repeat(1500) + " بعد، و" + "ب".repeat(1500) + "ة الأخيرة."),
                Fixtures.document("Mixed", Fixtures.MIXED_TEXT)));
        return edges;
    }

    /**
     * Fixed queries for the edges, then words and phrases taken from the documents themselves: the most frequent
     * words, words with their proclitics, and two- and three-word phrases in quotes, some with a proclitic added.
     */
    private List<String> queries() {
        List<String> queries = new ArrayList<>(List.of("اسرائيل", "إسرائيل", "والرياض", "الرياض", "بالبيت", "البيت",
                "\"البيت الأبيض\"", "\"البيت الابيض\"", "\"بالبيت الأبيض\"", "غانتس", "جانتس", "غانتس الرياض",
                "AND", "NOT", "OR", "NEAR", "*", "a*", "a*b", "it's", "\"it's\"", "2,015", "015", "back\\slash", "'",
                "\"quoted\"", "-غزة", "title:غزة", "(أبها)", "AND NOT", "\"AND NOT\"", "السعودية AND تركيا", "Twitter",
                "twitter", "١٥", "2024", "ب".repeat(1500), "و" + "ب".repeat(1500) + "ة", "بعد", "الختام", "\"في الختام\"",
                "\"البيت الأبيض\" غانتس", "\"الحكومة والرياض\"", "\"والرياض بالبيت\""));
        Map<String, Integer> counts = new TreeMap<>();
        List<List<String>> texts = new ArrayList<>();
        for (Document d : documents) {
            if (d.text().length() > 100_000) {
                continue;
            }
            List<String> words = WordTokenizer.tokenize(d.text()).stream().map(Token::text).toList();
            texts.add(words);
            words.forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40).forEach(e -> queries.add(e.getKey()));
        Random random = new Random(10);
        List<String> vocabulary = new ArrayList<>(counts.keySet());
        for (int i = 0; i < 40 && !vocabulary.isEmpty(); i++) {
            queries.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        for (int i = 0; i < 60 && !texts.isEmpty(); i++) {
            List<String> words = texts.get(random.nextInt(texts.size()));
            if (words.size() < 4) {
                continue;
            }
            int at = random.nextInt(words.size() - 3);
            int length = 2 + random.nextInt(2);
            String phrase = String.join(" ", words.subList(at, at + length));
            String[] proclitics = {"", "", "و", "ب", "ل", "وال"};
            queries.add("\"" + proclitics[random.nextInt(proclitics.length)] + phrase + "\"");
            if (i % 3 == 0) {
                queries.add(words.get(at) + " " + words.get(at + 2)); // two words, any order
                queries.add("و" + words.get(at + 1));
            }
        }
        return queries.stream().distinct().collect(Collectors.toList());
    }
}
