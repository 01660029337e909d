package hamish.store;

import hamish.text.SearchKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A whole corpus from one database into another, either engine to either ({@code hamish copy}, issue 16 item 5,
 * ADR 10): every table of the schema, row by row with its id, so that annotations, links, collections and entity
 * references stay valid. The source is read in one snapshot, table by table in key order, a page at a time (a
 * document's text is held only while its page is written); the target is written in one transaction, so a copy
 * lands whole or not at all.
 *
 * <p>The target must hold no corpus: no documents, annotations, entities, aliases, removed forms, links,
 * collections or curation decisions. The tags a new database gets (the default tag set, which every command adds to a new file) are not
 * the user's work: they are deleted and replaced by the source's tags, ids and all. A tag whose name is not a
 * default tag's is the user's, and such a target is refused. The target's settings (window layout, language) are
 * a fresh database's preferences: they are replaced by the source's.
 *
 * <p>The search index is not copied: it is built for each document with {@link SearchKeys#indexText}, as an import
 * builds it, so a copy between engines gets the index of its own engine. After the rows, the target's id counters
 * (SQLite's {@code sqlite_sequence}, PostgreSQL's identity sequences) and its revision counter
 * ({@code revision_counter}, the {@code revision_number} sequence) are moved past everything copied and past the
 * source's own counters, so that no id or revision number is handed out twice. Before committing, every table of
 * the target is counted and read back in the same order as the source's, and a digest of every row compared with
 * the source's: a difference rolls the whole copy back ({@link MismatchException}).
 */
public final class CorpusCopy {

    /** Rows per page read from the source and per batch written to the target. */
    static final int PAGE = 500;
    /** Documents per page: their texts are what a page holds in memory. */
    static final int DOCUMENT_PAGE = 64;

    /** One table's figures: rows counted on each side and a digest of all its rows (columns and order) on each. */
    public record TableFigures(String table, long sourceRows, long targetRows, String sourceDigest, String targetDigest) {
        public boolean same() {
            return sourceRows == targetRows && sourceDigest.equals(targetDigest);
        }
    }

    /**
     * What a copy did: the figures of every table (and of the search index: its rows on the target against the
     * documents), how many default tags and settings of the target it replaced.
     */
    public record Result(String source, String target, List<TableFigures> tables, int replacedTags, int replacedSettings) {
        public boolean verified() {
            return tables.stream().allMatch(TableFigures::same);
        }

        /** The figures of {@code table}. */
        public TableFigures table(String table) {
            return tables.stream().filter(t -> t.table().equals(table)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no table " + table));
        }
    }

    /** The target holds a corpus (or tags of its own) already: nothing was written. */
    public static final class TargetNotEmptyException extends StoreException {
        public TargetNotEmptyException(String message) {
            super(message);
        }
    }

    /** The target read back differs from the source: the copy was rolled back. {@link #result} has the figures. */
    public static final class MismatchException extends StoreException {
        private final transient Result result;

        MismatchException(String message, Result result) {
            super(message);
            this.result = result;
        }

        public Result result() {
            return result;
        }
    }

    private static final String INDEX = "search index";

    /**
     * The tables in the order they are written (parents before children). {@code kinds}: one letter per copied
     * column, L an integer, T a text. {@code key}: how the rows are ordered and paged (the id, the insertion order,
     * or the two ids of a membership); {@code revision}: the column holding the row's revision, or -1.
     */
    private enum Table {
        TAG("tag", "LTTTTTL", Key.ID, -1,
                "SELECT id, name, kind, entity_type, colour, shortcut, position FROM tag WHERE id > ? ORDER BY id LIMIT ?",
                "INSERT INTO tag (id, name, kind, entity_type, colour, shortcut, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                "SELECT count(*) FROM tag"),
        ENTITY("entity", "LTTLTTT", Key.ID, 3,
                "SELECT id, canonical_name, type, revision, changed_by, updated, name_key FROM entity WHERE id > ? ORDER BY id LIMIT ?",
                "INSERT INTO entity (id, canonical_name, type, revision, changed_by, updated, name_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                "SELECT count(*) FROM entity"),
        ENTITY_ALIAS("entity_alias", "LT", Key.INSERTION, -1,
                "SELECT entity_id, alias, {order} FROM entity_alias WHERE {order} > ? ORDER BY {order} LIMIT ?",
                "INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?)",
                "SELECT count(*) FROM entity_alias"),
        ENTITY_FORM_EXCLUSION("entity_form_exclusion", "LTT", Key.INSERTION, -1,
                "SELECT entity_id, form_key, form, {order} FROM entity_form_exclusion WHERE {order} > ? ORDER BY {order} LIMIT ?",
                "INSERT INTO entity_form_exclusion (entity_id, form_key, form) VALUES (?, ?, ?)",
                "SELECT count(*) FROM entity_form_exclusion"),
        DOCUMENT("document", "LTTTTTTTLTTTT", Key.ID, 8,
                "SELECT id, title, outlet, published, language, text, content_hash, imported_at, revision, changed_by, updated, url, author "
                        + "FROM document WHERE id > ? ORDER BY id LIMIT ?",
                "INSERT INTO document (id, title, outlet, published, language, text, content_hash, imported_at, revision, changed_by, "
                        + "updated, url, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "SELECT count(*) FROM document"),
        ANNOTATION("annotation", "LLLLTTTLLLTTTTLLT", Key.ID, 15,
                "SELECT id, document_id, start_offset, end_offset, quote, prefix, suffix, tag_id, entity_id, speaker_entity_id, note, "
                        + "author, created, updated, orphaned, revision, changed_by FROM annotation WHERE id > ? ORDER BY id LIMIT ?",
                "INSERT INTO annotation (id, document_id, start_offset, end_offset, quote, prefix, suffix, tag_id, entity_id, "
                        + "speaker_entity_id, note, author, created, updated, orphaned, revision, changed_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "SELECT count(*) FROM annotation"),
        LINK("link", "LLLTTTT", Key.ID, -1,
                "SELECT id, from_annotation, to_annotation, type, note, created, author FROM link WHERE id > ? ORDER BY id LIMIT ?",
                "INSERT INTO link (id, from_annotation, to_annotation, type, note, created, author) VALUES (?, ?, ?, ?, ?, ?, ?)",
                "SELECT count(*) FROM link"),
        COLLECTION("collection", "LTTTLTT", Key.ID, 4,
                "SELECT id, name, name_key, created, revision, changed_by, updated FROM collection WHERE id > ? ORDER BY id LIMIT ?",
                "INSERT INTO collection (id, name, name_key, created, revision, changed_by, updated) VALUES (?, ?, ?, ?, ?, ?, ?)",
                "SELECT count(*) FROM collection"),
        COLLECTION_DOCUMENT("collection_document", "LLT", Key.PAIR, -1,
                "SELECT collection_id, document_id, added FROM collection_document "
                        + "WHERE collection_id > ? OR (collection_id = ? AND document_id > ?) ORDER BY collection_id, document_id LIMIT ?",
                "INSERT INTO collection_document (collection_id, document_id, added) VALUES (?, ?, ?)",
                "SELECT count(*) FROM collection_document"),
        CURATION_DECISION("curation_decision", "LLTTLLLLLLTTTL", Key.ID, 13,
                "SELECT id, document_id, user_a, user_b, a_start, a_end, a_tag_id, b_start, b_end, b_tag_id, decision, curator, "
                        + "decided, revision FROM curation_decision WHERE id > ? ORDER BY id LIMIT ?",
                "INSERT INTO curation_decision (id, document_id, user_a, user_b, a_start, a_end, a_tag_id, b_start, b_end, b_tag_id, "
                        + "decision, curator, decided, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "SELECT count(*) FROM curation_decision"),
        SETTINGS("settings", "TT", Key.NONE, -1,
                "SELECT key, value FROM settings",
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                "SELECT count(*) FROM settings");

        final String table;
        final String kinds;
        final Key key;
        final int revision;
        /** The page's query; {order} stands for the column of insertion order (SQLite's rowid, PostgreSQL's seq). */
        final String select;
        final String insert;
        final String count;

        Table(String table, String kinds, Key key, int revision, String select, String insert, String count) {
            this.table = table;
            this.kinds = kinds;
            this.key = key;
            this.revision = revision;
            this.select = select;
            this.insert = insert;
            this.count = count;
        }

        String select(Connection c) {
            return select.replace("{order}", Dialect.of(c).insertionOrder());
        }

        int page() {
            return this == DOCUMENT ? DOCUMENT_PAGE : PAGE;
        }
    }

    /** How a table's rows are ordered and paged. */
    private enum Key {
        /** By the id, the first column. */
        ID,
        /** By insertion order (SQLite's rowid, PostgreSQL's seq), a column read after the copied ones. */
        INSERTION,
        /** By the first two columns together (a membership). */
        PAIR,
        /** Not paged: a few rows, ordered in Java by the first column. */
        NONE
    }

    /** The tables whose id is an AUTOINCREMENT (SQLite) or an identity (PostgreSQL). */
    private static final List<Table> WITH_IDS = List.of(Table.TAG, Table.ENTITY, Table.DOCUMENT, Table.ANNOTATION, Table.LINK,
            Table.COLLECTION, Table.CURATION_DECISION);

    /** The tables that make a corpus: any row in one of them, and the target is refused. */
    private static final List<Table> CORPUS = List.of(Table.DOCUMENT, Table.ANNOTATION, Table.ENTITY, Table.ENTITY_ALIAS,
            Table.ENTITY_FORM_EXCLUSION, Table.LINK, Table.COLLECTION, Table.COLLECTION_DOCUMENT, Table.CURATION_DECISION);

    private CorpusCopy() {
    }

    /**
     * Copies everything in {@code source} into {@code target}, which must hold no corpus; {@code defaultTagNames}
     * are the names of the tags a new database is given (they are replaced, any other tag refuses the target).
     */
    public static Result copy(Database source, Database target, Set<String> defaultTagNames) {
        Set<String> defaults = new java.util.HashSet<>();
        defaultTagNames.forEach(n -> defaults.add(n.toLowerCase(Locale.ROOT)));
        Result copied = source.read(from -> target.inTransaction(to -> {
            refuseUnlessEmpty(to, target.location(), defaults);
            int replacedTags = Rows.count(to, "SELECT count(*) FROM tag");
            int replacedSettings = Rows.count(to, "SELECT count(*) FROM settings");
            delete(to, "DELETE FROM tag");
            delete(to, "DELETE FROM settings");

            Map<Table, Scanned> sourceScans = new LinkedHashMap<>();
            for (Table table : Table.values()) {
                sourceScans.put(table, copyTable(from, to, table));
            }
            moveCounters(from, to, sourceScans);

            List<TableFigures> figures = new ArrayList<>();
            for (Table table : Table.values()) {
                Scanned read = sourceScans.get(table);
                Scanned back = scan(to, table, null);
                figures.add(new TableFigures(table.table, Rows.count(from, table.count), Rows.count(to, table.count),
                        read.digest(), back.digest()));
            }
            long documents = figures.get(Table.DOCUMENT.ordinal()).sourceRows();
            figures.add(new TableFigures(INDEX, documents, indexRows(to), "", ""));
            Result result = new Result(source.location(), target.location(), List.copyOf(figures), replacedTags, replacedSettings);
            if (!result.verified()) {
                throw new MismatchException(mismatch(result), result);
            }
            return result;
        }));
        target.settleSearchIndex(); // the copy wrote every search row at once
        return copied;
    }

    /** Refuses a target with corpus rows, or with tags that are not the default set, naming what it holds. */
    private static void refuseUnlessEmpty(Connection to, String name, Set<String> defaults) throws SQLException {
        List<String> held = new ArrayList<>();
        for (Table table : CORPUS) {
            int n = Rows.count(to, table.count);
            if (n > 0) {
                held.add(n + " " + label(table, n));
            }
        }
        if (!held.isEmpty()) {
            throw new TargetNotEmptyException(name + " is not empty: it holds " + String.join(", ", held)
                    + ". Copy into a new database file, or an empty PostgreSQL database; nothing was changed");
        }
        List<String> own = new ArrayList<>();
        try (PreparedStatement query = to.prepareStatement("SELECT name FROM tag ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String tag = rows.getString(1);
                if (!defaults.contains(tag.toLowerCase(Locale.ROOT))) {
                    own.add(tag);
                }
            }
        }
        if (!own.isEmpty()) {
            throw new TargetNotEmptyException(name + " is not empty: it has tags of its own (" + String.join(", ", own)
                    + "), which the copy would replace. Copy into a new database file, or an empty PostgreSQL database; "
                    + "nothing was changed");
        }
    }

    private static String label(Table table, int n) {
        String[] oneAndMany = switch (table) {
            case DOCUMENT -> new String[] {"document", "documents"};
            case ANNOTATION -> new String[] {"annotation", "annotations"};
            case ENTITY -> new String[] {"entity", "entities"};
            case ENTITY_ALIAS -> new String[] {"entity alias", "entity aliases"};
            case ENTITY_FORM_EXCLUSION -> new String[] {"removed entity form", "removed entity forms"};
            case LINK -> new String[] {"link", "links"};
            case COLLECTION -> new String[] {"collection", "collections"};
            case COLLECTION_DOCUMENT -> new String[] {"collection membership", "collection memberships"};
            case CURATION_DECISION -> new String[] {"curation decision", "curation decisions"};
            default -> new String[] {table.table, table.table};
        };
        return oneAndMany[n == 1 ? 0 : 1];
    }

    private static void delete(Connection c, String sql) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(sql)) {
            delete.executeUpdate();
        }
    }

    /** What reading a table gave: its rows' digest, the largest id and revision seen. */
    private record Scanned(String digest, long rows, long maxId, long maxRevision) {
    }

    /** Receives each row a scan reads, in order. */
    private interface RowSink {
        void row(Object[] values) throws SQLException;
    }

    /** Copies one table, page by page, in batches; documents are indexed as their batch is written. */
    private static Scanned copyTable(Connection from, Connection to, Table table) throws SQLException {
        try (PreparedStatement insert = to.prepareStatement(table.insert)) {
            List<SearchIndex.Entry> toIndex = new ArrayList<>();
            int[] pending = {0};
            Scanned scanned = scan(from, table, values -> {
                bind(insert, table.kinds, values);
                insert.addBatch();
                if (table == Table.DOCUMENT) {
                    toIndex.add(new SearchIndex.Entry((Long) values[0],
                            SearchKeys.indexText((String) values[1], (String) values[5])));
                }
                if (++pending[0] >= table.page()) {
                    flush(to, insert, toIndex);
                    pending[0] = 0;
                }
            });
            if (pending[0] > 0) {
                flush(to, insert, toIndex);
            }
            return scanned;
        }
    }

    private static void flush(Connection to, PreparedStatement insert, List<SearchIndex.Entry> toIndex) throws SQLException {
        insert.executeBatch();
        SearchIndex.addAll(to, toIndex);
        toIndex.clear();
    }

    /** Reads a table in key order, a page at a time, digesting every row and handing it to {@code sink} (if any). */
    private static Scanned scan(Connection c, Table table, RowSink sink) throws SQLException {
        MessageDigest digest = sha256();
        int columns = table.kinds.length();
        long rows = 0;
        long maxId = 0;
        long maxRevision = 0;
        if (table.key == Key.NONE) {
            TreeMap<String, Object[]> sorted = new TreeMap<>();
            try (PreparedStatement query = c.prepareStatement(table.select(c));
                 ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Object[] values = read(result, table.kinds);
                    sorted.put((String) values[0], values);
                }
            }
            for (Object[] values : sorted.values()) {
                digest(digest, values);
                if (sink != null) {
                    sink.row(values);
                }
                rows++;
            }
            return new Scanned(HexFormat.of().formatHex(digest.digest()), rows, 0, 0);
        }
        long first = -1;
        long second = -1;
        try (PreparedStatement query = c.prepareStatement(table.select(c))) {
            while (true) {
                int at = 1;
                query.setLong(at++, first);
                if (table.key == Key.PAIR) {
                    query.setLong(at++, first);
                    query.setLong(at++, second);
                }
                query.setInt(at, table.page());
                int onPage = 0;
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        Object[] values = read(result, table.kinds);
                        switch (table.key) {
                            case ID -> first = (Long) values[0];
                            case INSERTION -> first = result.getLong(columns + 1);
                            case PAIR -> {
                                first = (Long) values[0];
                                second = (Long) values[1];
                            }
                            case NONE -> throw new IllegalStateException();
                        }
                        if (table.key == Key.ID) {
                            maxId = Math.max(maxId, first);
                        }
                        if (table.revision >= 0 && values[table.revision] != null) {
                            maxRevision = Math.max(maxRevision, (Long) values[table.revision]);
                        }
                        digest(digest, values);
                        if (sink != null) {
                            sink.row(values);
                        }
                        rows++;
                        onPage++;
                    }
                }
                if (onPage < table.page()) {
                    break;
                }
            }
        }
        return new Scanned(HexFormat.of().formatHex(digest.digest()), rows, maxId, maxRevision);
    }

    private static Object[] read(ResultSet result, String kinds) throws SQLException {
        Object[] values = new Object[kinds.length()];
        for (int i = 0; i < values.length; i++) {
            if (kinds.charAt(i) == 'L') {
                long value = result.getLong(i + 1);
                values[i] = result.wasNull() ? null : value;
            } else {
                values[i] = result.getString(i + 1);
            }
        }
        return values;
    }

    private static void bind(PreparedStatement insert, String kinds, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            boolean number = kinds.charAt(i) == 'L';
            if (values[i] == null) {
                insert.setNull(i + 1, number ? Types.BIGINT : Types.VARCHAR);
            } else if (number) {
                insert.setLong(i + 1, (Long) values[i]);
            } else {
                insert.setString(i + 1, (String) values[i]);
            }
        }
    }

    /** A row into the digest: each value typed and length-prefixed, so that no two different rows digest alike. */
    private static void digest(MessageDigest digest, Object[] values) {
        StringBuilder row = new StringBuilder();
        for (Object value : values) {
            if (value == null) {
                row.append('N');
            } else if (value instanceof Long number) {
                row.append('L').append(number).append(';');
            } else {
                String text = (String) value;
                row.append('T').append(text.length()).append(':').append(text);
            }
        }
        row.append('\n');
        digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Moves the target's id counters past the largest id copied and past both databases' own counters (an id the
     * source handed out and then deleted stays used), and its revision counter past every revision copied and past
     * both databases' counters.
     */
    private static void moveCounters(Connection from, Connection to, Map<Table, Scanned> copied) throws SQLException {
        long revision = Math.max(revisionCounter(from), revisionCounter(to));
        for (Scanned scanned : copied.values()) {
            revision = Math.max(revision, scanned.maxRevision());
        }
        for (Table table : WITH_IDS) {
            long past = Math.max(copied.get(table).maxId(), Math.max(highWater(from, table), highWater(to, table)));
            if (past > 0) {
                setHighWater(to, table, past);
            }
        }
        if (Dialect.of(to) == Dialect.SQLITE) {
            try (PreparedStatement update = to.prepareStatement("UPDATE revision_counter SET value = max(value, ?)")) {
                update.setLong(1, revision);
                update.executeUpdate();
            }
        } else {
            try (PreparedStatement set = to.prepareStatement("SELECT setval('revision_number', ?)")) {
                set.setLong(1, Math.max(revision, 1));
                set.executeQuery().close();
            }
        }
    }

    /** The last revision number the database handed out. */
    private static long revisionCounter(Connection c) throws SQLException {
        String sql = Dialect.of(c) == Dialect.SQLITE ? "SELECT max(value) FROM revision_counter"
                : "SELECT pg_sequence_last_value('revision_number')";
        try (PreparedStatement query = c.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** The last id the database handed out in {@code table} (0 when none or unknown). */
    private static long highWater(Connection c, Table table) throws SQLException {
        String sql = Dialect.of(c) == Dialect.SQLITE ? "SELECT seq FROM sqlite_sequence WHERE name = ?"
                : "SELECT pg_sequence_last_value(pg_get_serial_sequence(?, 'id')::regclass)";
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, table.table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private static void setHighWater(Connection c, Table table, long value) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRES) {
            try (PreparedStatement set = c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), ?)")) {
                set.setString(1, table.table);
                set.setLong(2, value);
                set.executeQuery().close();
            }
            return;
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?")) {
            update.setLong(1, value);
            update.setString(2, table.table);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
            insert.setString(1, table.table);
            insert.setLong(2, value);
            insert.executeUpdate();
        }
    }

    /** The search index's rows on the target: one per document. */
    private static long indexRows(Connection c) throws SQLException {
        String sql = Dialect.of(c) == Dialect.SQLITE ? "SELECT count(*) FROM document_variant"
                : "SELECT count(*) FROM document_search";
        return Rows.count(c, sql);
    }

    private static String mismatch(Result result) {
        List<String> differing = new ArrayList<>();
        for (TableFigures t : result.tables()) {
            if (!t.same()) {
                differing.add(t.table() + " (" + t.sourceRows() + " rows in the source, " + t.targetRows() + " in the target"
                        + (t.sourceRows() == t.targetRows() && !t.sourceDigest().equals(t.targetDigest()) ? ", contents differ" : "")
                        + ")");
            }
        }
        return "the copy of " + result.source() + " into " + result.target() + " differs from its source: "
                + String.join("; ", differing) + ". It was rolled back; " + result.target() + " was not changed";
    }
}
