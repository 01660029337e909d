package hamish.io;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Tag;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One CSV row per annotation (RFC 4180: comma, double quotes, CRLF), UTF-8 with a byte order mark: without
 * it Excel and LibreOffice read the file as the local code page and the Arabic turns to mojibake.
 * {@code start}/{@code end} are Hamish's offsets (UTF-16 chars into the stored text). A cell that starts
 * with = + - @ or a tab gets a leading apostrophe, so that a spreadsheet never runs an annotation as a
 * formula (CSV injection); the apostrophe is the spreadsheet convention for "text".
 */
public final class CsvExporter {

    public static final List<String> HEADER = List.of("document_id", "document", "outlet", "published", "start", "end", "quote",
            "tag", "entity", "speaker", "note", "author", "created", "updated");

    private CsvExporter() {
    }

    public static Path export(ExportData data, SafeOutput out, String fileName, ExportProgress progress) {
        Map<Long, Tag> tags = data.tagsById();
        Map<Long, Entity> entities = data.entitiesById();
        long total = data.annotationCount();
        return out.write(fileName, w -> {
            w.write('\uFEFF');
            row(w, HEADER);
            long done = 0;
            String[] cells = new String[HEADER.size()];
            for (Document d : data.documents()) {
                for (Annotation a : data.annotationsOf(d)) {
                    cells[0] = Long.toString(d.id());
                    cells[1] = d.title();
                    cells[2] = d.outlet();
                    cells[3] = d.published() == null ? "" : d.published().toString();
                    cells[4] = Integer.toString(a.start());
                    cells[5] = Integer.toString(a.end());
                    cells[6] = a.quote();
                    Tag tag = tags.get(a.tagId());
                    cells[7] = tag == null ? "" : tag.name();
                    cells[8] = name(entities, a.entityId());
                    cells[9] = name(entities, a.speakerEntityId());
                    cells[10] = a.note();
                    cells[11] = a.author();
                    cells[12] = instant(a.created());
                    cells[13] = instant(a.updated());
                    row(w, List.of(cells));
                    if (++done % 10_000 == 0) {
                        progress.update(done, total);
                    }
                }
            }
            progress.update(total, total);
        });
    }

    private static String name(Map<Long, Entity> entities, Long id) {
        Entity e = id == null ? null : entities.get(id);
        return e == null ? "" : e.canonicalName();
    }

    private static String instant(Instant i) {
        return i == null ? "" : i.toString();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            cell(w, cells.get(i));
        }
        w.write("\r\n");
    }

    static void cell(Writer w, String value) throws IOException {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            w.write(v);
            return;
        }
        w.write('"');
        w.write(v.replace("\"", "\"\""));
        w.write('"');
    }
}
