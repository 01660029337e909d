package hamish.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Source rules that keep user text out of SQL and XML parsers out of the program: every SQL statement
 * takes its values as parameters, and no XML is read anywhere (so no external entities can be).
 */
class SourceScanTest {

    static final Path MAIN = Path.of("src", "main", "java");

    /**
     * SQL built from something other than literals and constants, each checked by hand. The key is the
     * finding without its line number, so edits elsewhere in a file do not break the list.
     */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("DocumentStore.java: prepareStatement(Dialect.of(c) = = Dialect.SQLITE ? LIST : LIST.replace(\" INDEXED BY document_listing\" , \"\"))",
                    "the listing's constant, without SQLite's index hint on PostgreSQL"),
            Map.entry("EntityFormStore.java: prepareStatement(\"SELECT form_key, form FROM entity_form_exclusion WHERE entity_id = ? ORDER BY \" + Dialect.of(c).insertionOrder())",
                    "insertionOrder() is one of the literals rowid and seq"),
            Map.entry("EntityFormStore.java: \"SELECT form_key, form FROM entity_form_exclusion WHERE entity_id = ? ORDER BY \" + Dialect.of(c).insertionOrder()",
                    "same as above"),
            Map.entry("EntityStore.java: \"SELECT entity_id, alias FROM entity_alias ORDER BY \" + Dialect.of(c).insertionOrder()",
                    "insertionOrder() is one of the literals rowid and seq"),
            Map.entry("EntityStore.java: prepareStatement(\"SELECT entity_id, alias FROM entity_alias ORDER BY \" + Dialect.of(c).insertionOrder())",
                    "same as above"),
            Map.entry("EntityStore.java: \"SELECT alias FROM entity_alias WHERE entity_id = ? ORDER BY \" + Dialect.of(c).insertionOrder()",
                    "same as above"),
            Map.entry("EntityStore.java: prepareStatement(\"SELECT alias FROM entity_alias WHERE entity_id = ? ORDER BY \" + Dialect.of(c).insertionOrder())",
                    "same as above"),
            Map.entry("JavaFolding.java: prepareStatement(sql)",
                    "collect(c, sql, ...) is called with two literal queries"),
            Map.entry("PostgresSchema.java: \"CREATE TRIGGER \" + table",
                    "notifyTrigger(table) is called with literal table names"),
            Map.entry("PostgresSchema.java: \"CREATE TRIGGER \" + table + \"_changed AFTER INSERT OR UPDATE OR DELETE ON \" + table",
                    "same as above"),
            Map.entry("PostgresSchema.java: execute(sql)",
                    "the baseline's statements (text blocks in PostgresSchema.BASELINE_STATEMENTS) and the later steps' constant "
                            + "PostgreSQL statements (Migration.postgres in Migrations.ALL)"),
            Map.entry("Revisions.java: prepareStatement(sql)",
                    "one of two literals chosen by the dialect"),
            Map.entry("Rows.java: prepareStatement(new String [ ] { \"id\" })",
                    "prepareInsert(c, sql): callers pass literal INSERT statements (scanned); values are bound"),
            Map.entry("TagStore.java: \"SELECT count(*) FROM tag WHERE \" + Dialect.of(c).sameIgnoringCase(\"name\")",
                    "sameIgnoringCase(column) returns one of two literal fragments with a ? placeholder"),
            Map.entry("TagStore.java: \"SELECT \" + COLUMNS + \" FROM tag WHERE \" + Dialect.of(c).sameIgnoringCase(\"name\")",
                    "same as above"),
            Map.entry("TagStore.java: prepareStatement(\"SELECT \" + COLUMNS + \" FROM tag WHERE \" + Dialect.of(c).sameIgnoringCase(\"name\"))",
                    "same as above"),
            Map.entry("Database.java: execute(sql)",
                    "private helper execute(connection, sql): every caller passes a literal, which this scan sees"),
            Map.entry("Database.java: executeQuery(\"PRAGMA \" + pragma)",
                    "pragmaInt(connection, name) is called only with the literals application_id and user_version"),
            Map.entry("Database.java: \"PRAGMA \" + pragma",
                    "same as above"),
            Map.entry("Migrations.java: execute(sql)",
                    "the statements of the migrations: text blocks in Migrations.ALL"),
            Map.entry("Migrations.java: \"PRAGMA user_version = \" + migration.version()",
                    "an int from the migration list; PRAGMA takes no parameters"),
            Map.entry("Migrations.java: execute(\"PRAGMA user_version = \" + migration.version())",
                    "same as above"),
            Map.entry("Rows.java: \"SELECT count(*) FROM \" + table",
                    "Rows.exists(connection, table, id): callers pass the literal table names tag, entity, annotation, link"),
            Map.entry("Rows.java: prepareStatement(sql)",
                    "Rows.count(connection, sql, parameters...): callers pass literals (scanned); values are bound"),
            Map.entry("LinkStore.java: prepareStatement(sql)",
                    "insert: literals and a ternary of literals; query: literal arguments of its callers"),
            Map.entry("EntityStore.java: prepareStatement(sql)",
                    "loops over the two literal queries byName and byAlias"),
            Map.entry("SettingsStore.java: prepareStatement(sql)",
                    "one of two literals chosen by whether the value is null"),
            Map.entry("DocumentTextCache.java: prepareStatement(sql)",
                    "query(c, sql, id) is called with two literals"),
            Map.entry("AnnotationSearch.java: \"SELECT a.id, a.document_id, a.start_offset, a.end_offset, a.quote, a.prefix, a.suffix, a.tag_id, \" + \"a.entity_id, a.speaker_entity_id, a.note, a.author, a.created, a.updated, a.orphaned, \" + \"d.title, d.outlet, d.published, t.name AS tag_name, \" + \"coalesce(en.canonical_name, '') AS entity_name, coalesce(sp.canonical_name, '') AS speaker_name \" + \"FROM annotation a JOIN document d ON d.id = a.document_id JOIN tag t ON t.id = a.tag_id \" + \"LEFT JOIN entity en ON en.id = a.entity_id LEFT JOIN entity sp ON sp.id = a.speaker_entity_id\" +(where.isEmpty() ? \"\" : \" WHERE \" + String.join(\" AND \" , where))",
                    "the WHERE clauses are literal fragments with ? placeholders chosen by which filters are set; values are bound"),
            Map.entry("AnnotationSearch.java: prepareStatement(sql)",
                    "the filter query above: literal fragments, every value bound as a parameter"),
            Map.entry("SearchRanking.java: prepareStatement(sql)",
                    "page(c, sql, ...): callers pass the constant rankings of SearchRanking (RANKED, WITH_VARIANTS) and the statements PgSearchRanking and PgTermScores build (entries below); the user's words are bound parameters"),
            Map.entry("PgSearchRanking.java: \"SELECT s.document_id, coalesce(r.score, 0) AS score, s.variants @@ \" + OVERFLOW_TSQUERY + \" FROM document_search s LEFT JOIN \" + scores",
                    "OVERFLOW_TSQUERY is a constant; scores is PgTermScores.anyOf's constant subquery, its values appended as parameters"),
            Map.entry("PgTermScores.java: \"SELECT document_id, score, false FROM(SELECT t.document_id, -sum(\" + ROW_SCORE + \") AS score\" + held(query)",
                    "held(query) writes only the numbers of its columns (one per 63 leaves of the query), never a word"),
            Map.entry("PgTermScores.java: \"SELECT document_id, score, false FROM(SELECT t.document_id, -sum(\" + ROW_SCORE + \") AS score\" + held(query) + \" FROM \" + LEAVES + \" WHERE t.document_id >= ? GROUP BY t.document_id) d WHERE \" + query.condition()",
                    "as above; PgTermQuery.condition() writes only column names, bit masks and AND/OR: the words are bound in the leaf arrays"),
            Map.entry("PgTermScores.java: \"SELECT document_id FROM(SELECT t.document_id\" + held(query)",
                    "same as above"),
            Map.entry("PgTermScores.java: \"SELECT document_id FROM(SELECT t.document_id\" + held(query) + \" FROM \" + LEAVES + \" GROUP BY t.document_id) d WHERE \" + query.condition()",
                    "same as above"),
            Map.entry("SearchRanking.java: prepareStatement(\"SELECT id, title, outlet, text FROM document WHERE id IN(\" + marks + \")\")",
                    "marks is only \"?,\" repeated: the ids are bound"),
            Map.entry("SearchRanking.java: \"SELECT id, title, outlet, text FROM document WHERE id IN(\" + marks",
                    "the same statement"),
            Map.entry("Database.java: \"ROLLBACK TO \" + savepoint",
                    "savepoint is \"nested_\" + the nesting depth, an int: no outside value reaches it"),
            Map.entry("CorpusCopy.java: prepareStatement(table.insert)",
                    "the Table enum's literal INSERT statements (scanned as its constructor arguments); values are bound"),
            Map.entry("CorpusCopy.java: prepareStatement(table.select(c))",
                    "select(c) returns one of the Table enum's two literal SELECTs, by dialect; keys and page size are bound"),
            Map.entry("CorpusCopy.java: prepareStatement(sql)",
                    "delete(c, sql) is called with two literal DELETEs; the other statements are literals chosen by dialect; values are bound"),
            Map.entry("HamishCommand.java: execute(args)",
                    "picocli's CommandLine.execute, not SQL"));

    @Test
    void noSqlIsBuiltFromValues() throws IOException {
        Map<String, String> unexpected = new TreeMap<>();
        List<String> used = new ArrayList<>();
        for (Path file : javaFiles()) {
            String name = file.getFileName().toString();
            for (String finding : SqlSourceScanner.scan(name, Files.readString(file, StandardCharsets.UTF_8))) {
                String key = finding.replaceFirst(":\\d+:", ":");
                if (ALLOWED.containsKey(key)) {
                    used.add(key);
                } else {
                    unexpected.put(finding, "");
                }
            }
        }
        assertEquals(List.of(), List.copyOf(unexpected.keySet()),
                "SQL built from values: bind them as ? parameters, or add the case to ALLOWED with the reason it is safe");
        assertEquals(new TreeMap<>(ALLOWED).keySet(), new java.util.TreeSet<>(used), "allow-list entries that no longer match anything");
    }

    @Test
    void theScannerFlagsConcatenatedValuesAndAcceptsConstants() {
        String source = """
                class X {
                    void bad(Statement st, Connection c, String name, long id) throws Exception {
                        st.execute("SELECT * FROM t WHERE name = '" + name + "'");
                        String sql = "DELETE FROM t WHERE id = " + id;
                        c.prepareStatement(sql);
                    }
                    void good(Connection c, boolean keep) throws Exception {
                        c.prepareStatement("SELECT " + COLUMNS + " FROM t WHERE id = ?" + Other.SUFFIX);
                        c.prepareStatement("INSERT INTO t (a" + (keep ? ", b" : "") + ") VALUES (?)");
                        // st.execute("SELECT " + inAComment);
                        String message = "select " + name + " is not SQL";
                    }
                }
                """;

        List<String> findings = SqlSourceScanner.scan("X.java", source);

        assertEquals(List.of(
                "X.java:3: execute(\"SELECT * FROM t WHERE name = '\" + name + \"'\")",
                "X.java:3: \"SELECT * FROM t WHERE name = '\" + name",
                "X.java:4: \"DELETE FROM t WHERE id = \" + id",
                "X.java:5: prepareStatement(sql)"), findings);
    }

    @Test
    void noXmlIsReadAnywhere() throws IOException {
        // If XML ever arrives (a TEI or XMI export), its parser must refuse external entities and DTDs
        // (XXE); this test failing is the reminder to write that test first.
        List<String> xml = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            for (String marker : List.of("javax.xml", "org.w3c.dom", "org.xml.sax", "XMLInputFactory", "DocumentBuilderFactory",
                    "SAXParserFactory", "TransformerFactory", "XmlMapper")) {
                if (source.contains(marker)) {
                    xml.add(file.getFileName() + ": " + marker);
                }
            }
        }
        assertEquals(List.of(), xml);
    }

    private static List<Path> javaFiles() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the project root: " + MAIN.toAbsolutePath());
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
