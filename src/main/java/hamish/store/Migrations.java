package hamish.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema as an ordered list of numbered steps. {@code PRAGMA user_version} records the last step
 * applied; opening a database applies the missing ones, each in its own transaction. A released step
 * is never edited: a change to the schema is a new step at the end, so every older file can follow.
 */
final class Migrations {

    /**
     * One decision per item: two curators deciding the same item at once get one row, the later refused. NULL sides
     * are compared as -1, since a unique index counts NULLs as distinct (on both engines).
     */
    private static final String DECISION_ITEM_INDEX = "CREATE UNIQUE INDEX curation_decision_item ON curation_decision("
            + "document_id, user_a, user_b, coalesce(a_start, -1), coalesce(a_end, -1), coalesce(a_tag_id, -1), "
            + "coalesce(b_start, -1), coalesce(b_end, -1), coalesce(b_tag_id, -1))";

    static final List<Migration> ALL = List.of(
            new Migration(1, "documents, tags, entities, annotations and links", List.of(
                    """
                    CREATE TABLE document (
                        id           INTEGER PRIMARY KEY AUTOINCREMENT,
                        title        TEXT NOT NULL,
                        outlet       TEXT NOT NULL DEFAULT '',
                        published    TEXT,                 -- ISO date (yyyy-MM-dd) or NULL when unknown
                        language     TEXT NOT NULL DEFAULT 'ar',
                        text         TEXT NOT NULL,        -- NFC, \\n line endings: every offset points here
                        content_hash TEXT NOT NULL UNIQUE,
                        imported_at  TEXT NOT NULL         -- ISO-8601 instant
                    )""",
                    """
                    CREATE TABLE tag (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        kind        TEXT NOT NULL,
                        entity_type TEXT,
                        colour      TEXT NOT NULL,
                        shortcut    TEXT,
                        position    INTEGER NOT NULL       -- palette order
                    )""",
                    """
                    CREATE TABLE entity (
                        id             INTEGER PRIMARY KEY AUTOINCREMENT,
                        canonical_name TEXT NOT NULL,
                        type           TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE entity_alias (
                        entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        alias     TEXT NOT NULL,
                        UNIQUE (entity_id, alias)
                    )""",
                    // AUTOINCREMENT so that an id is never handed out twice: undo restores a deleted
                    // annotation under its old id, which must still be free.
                    """
                    CREATE TABLE annotation (
                        id                INTEGER PRIMARY KEY AUTOINCREMENT,
                        document_id       INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        start_offset      INTEGER NOT NULL,  -- UTF-16 char offsets, half-open (see Span)
                        end_offset        INTEGER NOT NULL,
                        quote             TEXT NOT NULL,
                        prefix            TEXT NOT NULL DEFAULT '',
                        suffix            TEXT NOT NULL DEFAULT '',
                        tag_id            INTEGER NOT NULL REFERENCES tag(id) ON DELETE RESTRICT,
                        entity_id         INTEGER REFERENCES entity(id) ON DELETE SET NULL,
                        speaker_entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
                        note              TEXT NOT NULL DEFAULT '',
                        author            TEXT NOT NULL DEFAULT '',
                        created           TEXT,
                        updated           TEXT,
                        CHECK (start_offset >= 0 AND end_offset > start_offset)
                    )""",
                    "CREATE INDEX annotation_document ON annotation(document_id)",
                    "CREATE INDEX annotation_entity ON annotation(entity_id)",
                    // Foreign keys look up their children: without these, deleting an entity or a tag scans.
                    "CREATE INDEX annotation_speaker ON annotation(speaker_entity_id)",
                    "CREATE INDEX annotation_tag ON annotation(tag_id)",
                    """
                    CREATE TABLE link (
                        id              INTEGER PRIMARY KEY AUTOINCREMENT,
                        from_annotation INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
                        to_annotation   INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
                        type            TEXT NOT NULL,
                        note            TEXT NOT NULL DEFAULT '',
                        created         TEXT,
                        CHECK (from_annotation <> to_annotation)
                    )""",
                    "CREATE INDEX link_from ON link(from_annotation)",
                    "CREATE INDEX link_to ON link(to_annotation)")),
            new Migration(2, "settings and full-text search over folded Arabic", List.of(
                    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    // FTS5 does not fold Arabic (hamza forms, harakat, tatweel; see ARABIC.md), so the
                    // index holds text folded in Java by ArabicNormalizer and queries are folded the same
                    // way; remove_diacritics 0 because there is nothing left for it to do. Contentless:
                    // the folded text is only ever matched, never shown, so it is not stored twice.
                    """
                    CREATE VIRTUAL TABLE document_search USING fts5(
                        title, body,
                        content = '', contentless_delete = 1,
                        tokenize = 'unicode61 remove_diacritics 0'
                    )""",
                    "INSERT INTO document_search (rowid, title, body) "
                            + "SELECT id, " + Database.FOLD_FUNCTION + "(title), " + Database.FOLD_FUNCTION + "(text) "
                            + "FROM document")),
            new Migration(3, "search finds words with proclitics and, on request, spelling variants; orphaned annotations",
                    List.of(
                    // An FTS5 table cannot gain columns, so the index is rebuilt. body stays the folded text
                    // (phrases, ranking); bare holds each word's proclitic-free forms (لإسرائيل → اسرائيل),
                    // since FTS5 matches whole tokens only; variant holds spelling-variant keys (غ/ج…),
                    // matched only when the user asks for variants. See SearchKeys.
                    "DROP TABLE document_search",
                    """
                    CREATE VIRTUAL TABLE document_search USING fts5(
                        title, body, bare, variant,
                        content = '', contentless_delete = 1,
                        tokenize = 'unicode61 remove_diacritics 0'
                    )""",
                    "INSERT INTO document_search (rowid, title, body, bare, variant) "
                            + "SELECT id, " + Database.FOLD_FUNCTION + "(title), " + Database.FOLD_FUNCTION + "(text), "
                            + Database.BARE_FUNCTION + "(title || char(10) || text), "
                            + Database.VARIANT_FUNCTION + "(title || char(10) || text) FROM document",
                    // An annotation whose text a correction removed is kept, flagged, with its old quote and
                    // offsets, until the user places it again (TextCorrection).
                    "ALTER TABLE annotation ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0")),
            new Migration(4, "row revisions for the shared edit history (annotations, entities, document details); one entity per folded name", List.of(
                    // revision: the version of a row's content. The edit history undoes or redoes a step only
                    // while the rows it touched are still at the revision it left them (see
                    // docs/decisions/0009-edit-history.md); changed_by names who wrote it last, for the message
                    // when one is refused.
                    // Revision numbers come from one counter and are never handed out twice, so a number names one
                    // content of a row for ever: an undo may return a row to an earlier number, and a later
                    // write can never make that number mean something else.
                    "CREATE TABLE revision_counter (value INTEGER NOT NULL)",
                    "INSERT INTO revision_counter (value) VALUES (1)",
                    "ALTER TABLE annotation ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE annotation ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE entity ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE entity ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE entity ADD COLUMN updated TEXT",
                    // A document's revision versions the details a user edits (title, outlet, date): "set
                    // document metadata" is a step of the history like an annotation's note. Its text is not
                    // covered: it changes only through a text correction, which is not on the history.
                    "ALTER TABLE document ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE document ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE document ADD COLUMN updated TEXT",
                    // Where the article was published, a detail the user edits like the outlet ('' unknown).
                    "ALTER TABLE document ADD COLUMN url TEXT NOT NULL DEFAULT ''",
                    // name_key: the folded canonical name, unique, so two writers finding-or-creating the same
                    // name get one entity. Entities that already share a folded name keep their rows (merging
                    // them is the user's call): only the oldest of them takes the key, the others keep NULL.
                    "ALTER TABLE entity ADD COLUMN name_key TEXT",
                    "UPDATE entity SET name_key = " + Database.FOLD_FUNCTION + "(canonical_name) WHERE id IN "
                            + "(SELECT min(id) FROM entity WHERE " + Database.FOLD_FUNCTION + "(canonical_name) <> '' "
                            + "GROUP BY " + Database.FOLD_FUNCTION + "(canonical_name))",
                    "CREATE UNIQUE INDEX entity_name_key ON entity(name_key)")),
            new Migration(5, "generated name forms a user removed from an entity", List.of(
                    // A form generated from an entity's names (a surname, a lineage) that the user removed: it is
                    // no longer proposed for that entity. form_key is the folded key the matcher compares
                    // (NameForm.key: عبد joined, hamza and ya folded), so every spelling of a removed form stays
                    // removed; form is the text as it was shown, for listing and restoring it. Removing or
                    // restoring one is an entity change: it bumps the entity's revision (ADR 9).
                    """
                    CREATE TABLE entity_form_exclusion (
                        entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        form_key  TEXT NOT NULL,
                        form      TEXT NOT NULL,
                        PRIMARY KEY (entity_id, form_key)
                    )""")),
            new Migration(6, "collections: named groups of documents (an event, a project)", List.of(
                    // name_key: the folded name (hamza, harakat, case), unique, so "تفجير أبها" and "تفجير ابها" are one
                    // collection, as entity names are. AUTOINCREMENT so an undone delete gets its id back, still free.
                    // revision versions the name and the membership together: adding or removing documents bumps it,
                    // so an undo never takes documents out that someone else put in since (ADR 9).
                    """
                    CREATE TABLE collection (
                        id         INTEGER PRIMARY KEY AUTOINCREMENT,
                        name       TEXT NOT NULL,
                        name_key   TEXT NOT NULL UNIQUE,
                        created    TEXT NOT NULL,          -- ISO-8601 instant
                        revision   INTEGER NOT NULL,
                        changed_by TEXT NOT NULL DEFAULT '',
                        updated    TEXT
                    )""",
                    // A document may be in several collections; deleting either side takes the membership with it.
                    """
                    CREATE TABLE collection_document (
                        collection_id INTEGER NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
                        document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        added         TEXT NOT NULL,       -- ISO-8601 instant
                        PRIMARY KEY (collection_id, document_id)
                    ) WITHOUT ROWID""",
                    // Deleting a document looks up its memberships by document: without this index it scans.
                    "CREATE INDEX collection_document_document ON collection_document(document_id)")),
            new Migration(7, "a document's author (a dataset's byline)", List.of(
                    "ALTER TABLE document ADD COLUMN author TEXT NOT NULL DEFAULT ''")),
            new Migration(8, "a covering index for the library listing", List.of(
                    // The listing (DocumentStore.list) reads every document's details but never its text. In the
                    // table, imported_at, url and author come after text, so a scan of the table reads every
                    // article's text (100 MB for 10,000 articles); this index holds just the listed columns, in id
                    // order, so the listing scans it instead (90 -> 31 ms on 10,000 articles). id first: the
                    // listing is in import order, which the index then gives without a sort.
                    "CREATE INDEX document_listing ON document(id, title, outlet, published, imported_at, url, author)")),
            new Migration(9, "a search index that imports at 10 MB/s: words cut in Java, variant keys in their own table",
                    List.of(
                    // Every column now holds words cut and folded in Java (SearchKeys.indexText), separated by single
                    // spaces, so the cheap ascii tokenizer only splits at the spaces: unicode61 was two thirds of
                    // the FTS5 insert. bare holds each proclitic-free form once, without the following word (a phrase
                    // with a proclitic on its first word is searched as that word's proclitic spellings, see
                    // SearchQuery). Variant keys move to document_variant: a key only needs to be there or not, so
                    // each is stored once per document and the table keeps no positions (detail=none).
                    "DROP TABLE document_search",
                    """
                    CREATE VIRTUAL TABLE document_search USING fts5(
                        title, body, bare,
                        content = '', contentless_delete = 1,
                        tokenize = 'ascii'
                    )""",
                    """
                    CREATE VIRTUAL TABLE document_variant USING fts5(
                        variant,
                        content = '', contentless_delete = 1, detail = none,
                        tokenize = 'ascii'
                    )""",
                    "INSERT INTO document_search (rowid, title, body, bare) "
                            + "SELECT id, " + Database.WORDS_FUNCTION + "(title), " + Database.WORDS_FUNCTION + "(text), "
                            + Database.FORMS_FUNCTION + "(title || char(10) || text) FROM document",
                    "INSERT INTO document_variant (rowid, variant) "
                            + "SELECT id, " + Database.VARIANT_KEYS_FUNCTION + "(title || char(10) || text) FROM document")),
            new Migration(10, "curation decisions, \"neither\" included",
                    // With nothing in the curated layer, "neither" left no trace: the item showed as undecided again.
                    // A decision names its item by both annotators' span and tag (a side without a span is NULL), the
                    // way Curating pairs them; the pair of annotators is stored in name order. revision: the edit
                    // history undoes a decision only while it is as it left it (ADR 9). A tag's deletion takes its
                    // decisions with it: they name spans of a tag that no longer exists.
                    List.of("""
                    CREATE TABLE curation_decision (
                        id           INTEGER PRIMARY KEY AUTOINCREMENT,
                        document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        user_a       TEXT NOT NULL,
                        user_b       TEXT NOT NULL,
                        a_start      INTEGER,
                        a_end        INTEGER,
                        a_tag_id     INTEGER REFERENCES tag(id) ON DELETE CASCADE,
                        b_start      INTEGER,
                        b_end        INTEGER,
                        b_tag_id     INTEGER REFERENCES tag(id) ON DELETE CASCADE,
                        decision     TEXT NOT NULL CHECK (decision IN ('A', 'B', 'NEITHER')),
                        curator      TEXT NOT NULL,
                        decided      TEXT NOT NULL,        -- ISO-8601 instant
                        revision     INTEGER NOT NULL,
                        CHECK (a_tag_id IS NOT NULL OR b_tag_id IS NOT NULL)
                    )""",
                            DECISION_ITEM_INDEX,
                            "CREATE INDEX curation_decision_a_tag ON curation_decision(a_tag_id)",
                            "CREATE INDEX curation_decision_b_tag ON curation_decision(b_tag_id)"),
                    List.of("""
                    CREATE TABLE curation_decision (
                        id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                        document_id  BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        user_a       TEXT NOT NULL,
                        user_b       TEXT NOT NULL,
                        a_start      INTEGER,
                        a_end        INTEGER,
                        a_tag_id     BIGINT REFERENCES tag(id) ON DELETE CASCADE,
                        b_start      INTEGER,
                        b_end        INTEGER,
                        b_tag_id     BIGINT REFERENCES tag(id) ON DELETE CASCADE,
                        decision     TEXT NOT NULL CHECK (decision IN ('A', 'B', 'NEITHER')),
                        curator      TEXT NOT NULL,
                        decided      TEXT NOT NULL,
                        revision     BIGINT NOT NULL,
                        CHECK (a_tag_id IS NOT NULL OR b_tag_id IS NOT NULL)
                    )""",
                            DECISION_ITEM_INDEX,
                            "CREATE INDEX curation_decision_a_tag ON curation_decision(a_tag_id)",
                            "CREATE INDEX curation_decision_b_tag ON curation_decision(b_tag_id)",
                            PostgresSchema.notifyTrigger("curation_decision"))),
            new Migration(11, "who made each link",
                    // Issue 16: every annotation, link, entity change and document edit names who made it; links alone
                    // did not. Older links keep an empty author: who made them is not known.
                    List.of("ALTER TABLE link ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
                    List.of("ALTER TABLE link ADD COLUMN author TEXT NOT NULL DEFAULT ''")));

    private Migrations() {
    }

    /** The first {@code version} migrations: lets tests build a database as an older Hamish left it. */
    static List<Migration> upTo(int version) {
        if (version < 0 || version > ALL.size()) {
            throw new IllegalArgumentException("no schema version " + version);
        }
        return ALL.subList(0, version);
    }

    static int latest() {
        return ALL.size();
    }

    /** Applies the migrations after {@code currentVersion}, each in one transaction that also sets user_version. */
    static void apply(Connection connection, int currentVersion, List<Migration> migrations) throws SQLException {
        for (Migration migration : migrations) {
            if (migration.version() <= currentVersion) {
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    for (String sql : migration.statements()) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
                    statement.execute("PRAGMA user_version = " + migration.version());
                    statement.execute("COMMIT");
                } catch (SQLException e) {
                    Database.rollbackQuietly(connection, e);
                    throw e;
                }
            }
        }
    }
}
