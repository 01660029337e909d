package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.model.Document;
import hamish.model.SearchHit;
import hamish.text.SearchKeys;
import hamish.text.Token;
import hamish.text.WordTokenizer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
 * The same documents indexed on SQLite (through the real stores) and on PostgreSQL (through {@link PgSearchIndex},
 * over plain JDBC into the schema of decision 10), the same queries: the same documents, match counts and context
 * lines found on both. The server comes from {@code HAMISH_TEST_POSTGRES} ({@code postgresql://user@host:port/db});
 * the test makes its own database there and drops it after. Skipped, saying so, when the variable is unset; the
 * real reports (../shared) are used when present.
 */
class PgSearchEquivalenceTest {

    static final String VARIABLE = "HAMISH_TEST_POSTGRES";

    @TempDir
    Path dir;
    private Stores stores;
    private Connection admin;
    private Connection pg;
    private String databaseName;
    private final List<Document> documents = new ArrayList<>();

    @BeforeEach
    void open() throws SQLException {
        String url = System.getenv(VARIABLE);
        assumeTrue(url != null && !url.isBlank(), VARIABLE + " is not set (postgresql://user@host:port/db of a throw-away "
                + "server); skipping the PostgreSQL search tests");
        admin = DriverManager.getConnection(jdbc(url, null));
        databaseName = "hamish_pgsearch_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE);
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + databaseName);
        }
        pg = DriverManager.getConnection(jdbc(url, databaseName));
        try (Statement s = pg.createStatement()) {
            s.execute("CREATE TABLE document (id BIGINT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL, text TEXT NOT NULL)");
            s.execute("""
                    CREATE TABLE document_search (
                        document_id BIGINT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                        words       tsvector NOT NULL,
                        variants    tsvector NOT NULL
                    )""");
            s.execute("CREATE INDEX document_search_words ON document_search USING gin (words)");
            s.execute("CREATE INDEX document_search_variants ON document_search USING gin (variants)");
        }
        stores = Stores.open(dir.resolve("search.db"));
    }

    @AfterEach
    void close() throws SQLException {
        if (stores != null) {
            stores.close();
        }
        if (pg != null) {
            pg.close();
        }
        if (admin != null) {
            try (Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + databaseName);
            }
            admin.close();
        }
    }

    /** {@code postgresql://user@host:port/db} as a JDBC URL, to {@code database} instead when given. */
    static String jdbc(String url, String database) {
        URI uri = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
        String user = uri.getUserInfo() == null ? "" : uri.getUserInfo().split(":", 2)[0];
        String db = database != null ? database : uri.getPath().replaceFirst("^/", "");
        return "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/" + db
                + (user.isEmpty() ? "" : "?user=" + user);
    }

    @Test
    void sqliteAndPostgresqlFindTheSameDocuments() throws SQLException {
        load();
        List<String> queries = queries();
        int compared = 0;
        int nonEmpty = 0;
        List<String> sqliteRefused = new ArrayList<>();
        for (String query : queries) {
            for (boolean variants : List.of(false, true)) {
                SearchOptions options = new SearchOptions(variants, 0, 10_000, 1_000);
                Map<Long, String> onPostgres = hits(CorpusSearch.search(pg, Dialect.POSTGRES, SearchQuery.terms(query), options,
                        CorpusSearch.RANKED));
                Map<Long, String> onSqlite;
                try {
                    onSqlite = hits(new CorpusSearch(stores.database()).search(query, options));
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
            Set<Long> wordsOnSqlite = new TreeSet<>(stores.documents().searchWords(query, 100_000));
            Set<Long> wordsOnPostgres = new TreeSet<>(PgSearchRanking.ids(pg, query, 100_000));
            assertEquals(wordsOnSqlite, wordsOnPostgres, "searchWords [" + query + "]");
        }
        System.out.printf("PgSearchEquivalenceTest: %d documents, %d queries, %d searches compared (%d finding something), "
                + "plus searchWords for each query; variant searches SQLite refuses: %s%n", documents.size(), queries.size(),
                compared, nonEmpty, sqliteRefused);
        assertTrue(nonEmpty > queries.size() / 2, "most queries find something: " + nonEmpty + " of " + compared);
    }

    /**
     * A document too large for a tsvector (60,000 distinct words) is indexed as the overflow lexeme and still found
     * exactly where SQLite finds it: not for في الختام, which the text re-check alone would find inside وفي الختام.
     */
    @Test
    void aDocumentPastTheTsvectorLimitIsFoundWhereSqliteFindsIt() throws SQLException {
        load();
        Document huge = stores.documents().insert(Fixtures.document("نص ضخم", huge()));
        copy(huge);
        try (Statement s = pg.createStatement();
             java.sql.ResultSet row = s.executeQuery("SELECT words::text, variants::text FROM document_search WHERE document_id = " + huge.id())) {
            assertTrue(row.next());
            assertEquals(PgSearchIndex.OVERFLOW_QUERY, row.getString(1));
            assertEquals(PgSearchIndex.OVERFLOW_QUERY, row.getString(2));
        }
        int found = 0;
        for (String query : List.of("غانتس", "والرياض", "الرياض", "\"البيت الأبيض\"", "\"في الختام\"", "الختام", "في",
                "مقدمة جدا", "\"مقدمة طويلة\"", "AND", "قال", "\"غانتس والرياض\"", "جانتس", "السعودية")) {
            for (boolean variants : List.of(false, true)) {
                SearchOptions options = new SearchOptions(variants, 0, 10_000, 1_000);
                Map<Long, String> onSqlite = hits(new CorpusSearch(stores.database()).search(query, options));
                Map<Long, String> onPostgres = hits(CorpusSearch.search(pg, Dialect.POSTGRES, SearchQuery.terms(query), options,
                        CorpusSearch.RANKED));
                assertEquals(onSqlite, onPostgres, "query [" + query + "], variants " + variants);
                found += onSqlite.containsKey(huge.id()) ? 1 : 0;
            }
            assertEquals(new TreeSet<>(stores.documents().searchWords(query, 1000)), new TreeSet<>(PgSearchRanking.ids(pg, query, 1000)),
                    "searchWords [" + query + "]");
        }
        assertTrue(found >= 10, "the huge document is found by most of the queries: " + found);
        for (int window : List.of(1, 5)) {
            SearchOptions options = new SearchOptions(false, 0, 10_000, 0);
            assertEquals(hits(new CorpusSearch(stores.database(), window).search("الرياض", options)).keySet(),
                    hits(CorpusSearch.search(pg, Dialect.POSTGRES, SearchQuery.terms("الرياض"), options, window)).keySet());
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

    @Test
    void theWindowRanksTheSameNewestMatches() throws SQLException {
        load();
        for (String query : List.of("في", "من", "السعودية", "الله", "أبها", "تركيا")) {
            for (int window : List.of(1, 3, 10)) {
                SearchOptions options = new SearchOptions(false, 0, 10_000, 0);
                Set<Long> onSqlite = hits(new CorpusSearch(stores.database(), window).search(query, options)).keySet();
                Set<Long> onPostgres = hits(CorpusSearch.search(pg, Dialect.POSTGRES, SearchQuery.terms(query), options, window)).keySet();
                assertEquals(onSqlite, onPostgres, "query " + query + ", window " + window);
            }
        }
    }

    @Test
    void aRemovedOrReindexedDocumentIsFoundByItsNewWords() throws SQLException {
        Document d = stores.documents().insert(Fixtures.document("قمة عمان", "قال المتحدث إن القمة ستعقد في عمان."));
        copy(d);
        assertEquals(List.of(d.id()), PgSearchRanking.ids(pg, "عمان", 10));
        SearchIndex.remove(Dialect.POSTGRES, pg, d.id());
        SearchIndex.add(Dialect.POSTGRES, pg, d.id(), SearchKeys.indexText("قمة البحر الميت", d.text()));
        assertEquals(List.of(d.id()), PgSearchRanking.ids(pg, "الميت", 10));
        assertEquals(List.of(d.id()), PgSearchRanking.ids(pg, "عمان", 10), "the body is still indexed");
        assertEquals(List.of(), PgSearchRanking.ids(pg, "قمة عمان البحر", 10).stream().filter(id -> id != d.id()).toList());
        SearchIndex.remove(Dialect.POSTGRES, pg, d.id());
        assertEquals(List.of(), PgSearchRanking.ids(pg, "الميت", 10));
    }

    /** Every found document's match count and context lines, by id: what must be equal (the order and scores may differ). */
    private static Map<Long, String> hits(List<SearchHit> hits) {
        Map<Long, String> byId = new TreeMap<>();
        for (SearchHit h : hits) {
            byId.put(h.documentId(), h.matchCount() + " " + h.lines());
        }
        return byId;
    }

    private void load() throws SQLException {
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
                Document stored = stores.documents().insert(d);
                documents.add(stored);
                copy(stored);
            }
        }
    }

    /** {@code d} as a row of PostgreSQL's document table, indexed there, under the id SQLite gave it. */
    private void copy(Document d) throws SQLException {
        try (PreparedStatement insert = pg.prepareStatement("INSERT INTO document (id, title, outlet, text) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, d.id());
            insert.setString(2, d.title());
            insert.setString(3, d.outlet());
            insert.setString(4, d.text());
            insert.executeUpdate();
        }
        SearchIndex.add(Dialect.POSTGRES, pg, d.id(), SearchKeys.indexText(d.title(), d.text()));
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
