package hamish.store;

import hamish.model.Annotation;
import hamish.model.AnnotationHit;
import hamish.model.Span;
import hamish.text.ArabicNormalizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds annotations by tag, entity, speaker, author, note text, document and date; every filter is a bound parameter. */
public final class AnnotationSearch {

    private static final String ENTITY_NAMED = "(SELECT e.id FROM entity e WHERE " + Database.FOLD_FUNCTION + "(e.canonical_name) = ? "
            + "UNION SELECT x.entity_id FROM entity_alias x WHERE " + Database.FOLD_FUNCTION + "(x.alias) = ?)";

    private final Database database;

    public AnnotationSearch(Database database) {
        this.database = database;
    }

    /** Matching annotations (orphans included, flagged), by document then position, at most {@code query.limit()}. */
    public List<AnnotationHit> find(AnnotationQuery query) {
        return database.read(c -> find(c, query, Dialect.of(c)));
    }

    /**
     * One statement on SQLite, where SQL folds with {@code hamish_fold}. On PostgreSQL the entity names are matched in
     * Java first ({@link JavaFolding}) and the note and title filters are applied to the rows as they are read.
     */
    private static List<AnnotationHit> find(Connection c, AnnotationQuery query, Dialect dialect) throws SQLException {
        boolean sqlFolds = dialect == Dialect.SQLITE;
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (present(query.tag())) {
            where.add(dialect.sameIgnoringCase("t.name"));
            parameters.add(query.tag().strip());
        }
        if (present(query.entity())) {
            where.add(entityIn(c, "a.entity_id", folded(query.entity()), sqlFolds, parameters));
        }
        if (present(query.speaker())) {
            where.add(entityIn(c, "a.speaker_entity_id", folded(query.speaker()), sqlFolds, parameters));
        }
        if (present(query.author())) {
            where.add("a.author = ?");
            parameters.add(query.author().strip());
        }
        if (present(query.noteText()) && sqlFolds) {
            where.add("instr(" + Database.FOLD_FUNCTION + "(a.note), ?) > 0");
            parameters.add(folded(query.noteText()));
        }
        if (query.documentId() != null) {
            where.add("a.document_id = ?");
            parameters.add(query.documentId());
        }
        if (present(query.documentTitle()) && sqlFolds) {
            where.add("instr(" + Database.FOLD_FUNCTION + "(d.title), ?) > 0");
            parameters.add(folded(query.documentTitle()));
        }
        String day = "coalesce(d.published, substr(a.created, 1, 10))";
        if (query.from() != null) {
            where.add(day + " >= ?");
            parameters.add(query.from().toString());
        }
        if (query.to() != null) {
            where.add(day + " <= ?");
            parameters.add(query.to().toString());
        }
        boolean filterHere = !sqlFolds && (present(query.noteText()) || present(query.documentTitle()));
        String sql = "SELECT a.id, a.document_id, a.start_offset, a.end_offset, a.quote, a.prefix, a.suffix, a.tag_id, "
                + "a.entity_id, a.speaker_entity_id, a.note, a.author, a.created, a.updated, a.orphaned, "
                + "d.title, d.outlet, d.published, t.name AS tag_name, "
                + "coalesce(en.canonical_name, '') AS entity_name, coalesce(sp.canonical_name, '') AS speaker_name "
                + "FROM annotation a JOIN document d ON d.id = a.document_id JOIN tag t ON t.id = a.tag_id "
                + "LEFT JOIN entity en ON en.id = a.entity_id LEFT JOIN entity sp ON sp.id = a.speaker_entity_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY a.document_id, a.start_offset, a.end_offset, a.id" + (filterHere ? "" : " LIMIT ?");
        if (!filterHere) {
            parameters.add(query.limit());
        }
        List<AnnotationHit> hits = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next() && hits.size() < query.limit()) {
                    AnnotationHit hit = hit(rows);
                    if (!filterHere || matchesTexts(hit, query)) {
                        hits.add(hit);
                    }
                }
            }
        }
        return hits;
    }

    private static String entityIn(Connection c, String column, String folded, boolean sqlFolds, List<Object> parameters)
            throws SQLException {
        if (sqlFolds) {
            parameters.add(folded);
            parameters.add(folded);
            return column + " IN " + ENTITY_NAMED;
        }
        Set<Long> ids = JavaFolding.entitiesNamed(c, folded);
        if (ids.isEmpty()) {
            return "1 = 0";
        }
        parameters.addAll(ids);
        return column + " IN (" + "?, ".repeat(ids.size() - 1) + "?)";
    }

    private static boolean matchesTexts(AnnotationHit hit, AnnotationQuery query) {
        return (!present(query.noteText()) || JavaFolding.contains(hit.annotation().note(), folded(query.noteText())))
                && (!present(query.documentTitle()) || JavaFolding.contains(hit.documentTitle(), folded(query.documentTitle())));
    }

    private static AnnotationHit hit(ResultSet rows) throws SQLException {
        Annotation a = new Annotation(rows.getLong("id"), rows.getLong("document_id"),
                new Span(rows.getInt("start_offset"), rows.getInt("end_offset")), rows.getString("quote"),
                rows.getString("prefix"), rows.getString("suffix"), rows.getLong("tag_id"),
                Rows.nullableLong(rows, "entity_id"), Rows.nullableLong(rows, "speaker_entity_id"), rows.getString("note"),
                rows.getString("author"), Rows.instant(rows, "created"), Rows.instant(rows, "updated"));
        return new AnnotationHit(a, rows.getString("title"), rows.getString("outlet"), Rows.date(rows, "published"),
                rows.getString("tag_name"), rows.getString("entity_name"), rows.getString("speaker_name"),
                rows.getInt("orphaned") != 0);
    }

    private static boolean present(String filter) {
        return filter != null && !filter.isBlank();
    }

    private static String folded(String s) {
        return ArabicNormalizer.fold(s.strip());
    }
}
