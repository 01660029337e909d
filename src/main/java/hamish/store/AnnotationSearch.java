package hamish.store;

import hamish.model.Annotation;
import hamish.model.AnnotationHit;
import hamish.model.Span;
import hamish.text.ArabicNormalizer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (present(query.tag())) {
            where.add("t.name = ? COLLATE NOCASE");
            parameters.add(query.tag().strip());
        }
        if (present(query.entity())) {
            where.add("a.entity_id IN " + ENTITY_NAMED);
            parameters.add(folded(query.entity()));
            parameters.add(folded(query.entity()));
        }
        if (present(query.speaker())) {
            where.add("a.speaker_entity_id IN " + ENTITY_NAMED);
            parameters.add(folded(query.speaker()));
            parameters.add(folded(query.speaker()));
        }
        if (present(query.author())) {
            where.add("a.author = ?");
            parameters.add(query.author().strip());
        }
        if (present(query.noteText())) {
            where.add("instr(" + Database.FOLD_FUNCTION + "(a.note), ?) > 0");
            parameters.add(folded(query.noteText()));
        }
        if (query.documentId() != null) {
            where.add("a.document_id = ?");
            parameters.add(query.documentId());
        }
        if (present(query.documentTitle())) {
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
        String sql = "SELECT a.id, a.document_id, a.start_offset, a.end_offset, a.quote, a.prefix, a.suffix, a.tag_id, "
                + "a.entity_id, a.speaker_entity_id, a.note, a.author, a.created, a.updated, a.orphaned, "
                + "d.title, d.outlet, d.published, t.name AS tag_name, "
                + "coalesce(en.canonical_name, '') AS entity_name, coalesce(sp.canonical_name, '') AS speaker_name "
                + "FROM annotation a JOIN document d ON d.id = a.document_id JOIN tag t ON t.id = a.tag_id "
                + "LEFT JOIN entity en ON en.id = a.entity_id LEFT JOIN entity sp ON sp.id = a.speaker_entity_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY a.document_id, a.start_offset, a.end_offset, a.id LIMIT ?";
        parameters.add(query.limit());
        return database.read(c -> {
            List<AnnotationHit> hits = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        hits.add(hit(rows));
                    }
                }
            }
            return hits;
        });
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
