package hamish.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads brat standoff: a folder of {@code .txt}/{@code .ann} pairs (with Hamish's {@code hamish-meta.json}
 * when it wrote them), or one {@code .ann} file with its {@code .txt}. Offsets are code points (see
 * {@link BratExporter}). The whole folder is one transaction, because links may join its documents:
 * a malformed line refuses it with the file and line number, and the database is unchanged. Attribute,
 * event and modification lines (A, E, M, *), which Hamish has no place for, are skipped; normalisations
 * to other databases than Hamish's are skipped too. Unknown entity types become tags of kind OTHER.
 */
public final class BratImporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[TR#N][0-9]{1,9}");
    private static final Pattern FRAGMENT = Pattern.compile("([0-9]{1,9}) ([0-9]{1,9})");
    /** Per file: the text of a large corpus's document, or the meta file of a whole corpus. */
    static final long MAX_BYTES = JsonLdImporter.MAX_BYTES;

    private BratImporter() {
    }

    /** Whether {@code folder} looks like a brat export (an .ann file or Hamish's meta file in it). */
    public static boolean isBratFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ann")
                    || f.getFileName().toString().equals(BratExporter.META));
        } catch (IOException e) {
            return false;
        }
    }

    /** Imports one {@code .ann} file (with the {@code .txt} beside it), or every pair in a folder. */
    public static AnnotationImportReport importPath(Stores stores, Path annOrFolder) {
        List<Path> anns = new ArrayList<>();
        Path folder;
        if (Files.isDirectory(annOrFolder)) {
            folder = annOrFolder;
            try (var files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ann")).sorted().forEach(anns::add);
            } catch (IOException e) {
                throw new ImportException(annOrFolder.toString(), "cannot list the folder (" + e.getMessage() + ")", e);
            }
            if (anns.isEmpty()) {
                throw new ImportException(annOrFolder.toString(), "no .ann files in the folder");
            }
        } else {
            folder = annOrFolder.toAbsolutePath().getParent();
            anns.add(annOrFolder);
        }
        CheckedJson meta = meta(folder.resolve(BratExporter.META));
        try {
            return stores.inTransaction(() -> {
                Reader reader = new Reader(new ImportSession(stores, annOrFolder), meta);
                for (Path ann : anns) {
                    reader.document(ann);
                }
                reader.crossLinks();
                return reader.session.report();
            });
        } catch (DateTimeParseException e) {
            throw new ImportException(BratExporter.META, "\"" + e.getParsedString() + "\" is not a date or time", e);
        }
    }

    private static CheckedJson meta(Path file) {
        if (!Files.exists(file)) {
            return CheckedJson.root(MAPPER.createObjectNode(), BratExporter.META);
        }
        try {
            JsonNode node = MAPPER.readTree(UserFile.read(file, MAX_BYTES, "a brat file"));
            if (node == null || !node.isObject()) {
                throw new ImportException(file.getFileName().toString(), "not a Hamish meta file (expected a JSON object)");
            }
            return CheckedJson.root(node, file.getFileName().toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new ImportException(file.getFileName().toString(), "not valid JSON ("
                    + (at == null ? "" : "line " + at.getLineNr() + ": ") + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        } catch (IOException e) {
            throw new ImportException(file.getFileName().toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static String readUtf8(Path file) {
        byte[] bytes = UserFile.read(file, MAX_BYTES, "a brat file");
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file.getFileName().toString(), "not UTF-8 text; brat files are UTF-8", e);
        }
    }

    private static Instant time(String value) {
        return value == null ? null : Instant.parse(value);
    }

    private static final class Reader {
        private final ImportSession session;
        private final CheckedJson meta;
        private final Map<String, Tag> tagsByType = new HashMap<>();
        private final Map<String, Entity> entitiesByKey = new HashMap<>();
        private final Map<String, Long> entityIds = new HashMap<>();
        /** "stem/T3" → stored annotation id, for the links between documents. */
        private final Map<String, Long> stored = new HashMap<>();

        Reader(ImportSession session, CheckedJson meta) {
            this.session = session;
            this.meta = meta;
            for (CheckedJson element : meta.list("tags")) {
                CheckedJson t = element.requireObject();
                String type = t.optionalText("entityType", null);
                try {
                    tagsByType.put(t.text("bratType"), new Tag(0, t.text("name"), TagKind.valueOf(t.text("kind")),
                            type == null ? null : EntityType.valueOf(type), t.text("colour"), t.optionalText("shortcut", null)));
                } catch (IllegalArgumentException e) {
                    throw session.refuse(BratExporter.META + ": tag \"" + t.optionalText("name", "") + "\": " + e.getMessage());
                }
            }
            for (CheckedJson element : meta.list("entities")) {
                CheckedJson e = element.requireObject();
                List<String> aliases = new ArrayList<>();
                e.list("aliases").forEach(a -> aliases.add(a.asText()));
                try {
                    entitiesByKey.put(e.text("key"), new Entity(0, e.text("name"), EntityType.valueOf(e.text("type")), aliases));
                } catch (IllegalArgumentException ex) {
                    throw session.refuse(BratExporter.META + ": entity \"" + e.optionalText("name", "") + "\": " + ex.getMessage());
                }
            }
            // Every entity and tag the export listed comes back, used or not: both are part of the library.
            entitiesByKey.forEach((key, entity) -> entityIds.put(key, session.entity(entity)));
            tagsByType.values().forEach(tag -> session.tag(tag.name(), tag, BratExporter.META));
        }

        /** A T line: {@code quote} is the text at {@code span}, or the line's own text when the offsets missed it. */
    private record TLine(int line, String type, Span span, String quote) {
        }

        void document(Path ann) {
            String annName = ann.getFileName().toString();
            String stem = annName.substring(0, annName.length() - 4);
            Path txt = ann.resolveSibling(stem + ".txt");
            if (!Files.exists(txt)) {
                throw session.refuse(annName + ": its text " + stem + ".txt is missing");
            }
            String text = readUtf8(txt);
            CheckedJson dm = documentMeta(stem);
            String published = dm.optionalText("published", null);
            Document doc = session.document(text, dm.optionalText("title", ""), dm.optionalText("outlet", ""),
                    published == null ? null : LocalDate.parse(published), dm.optionalText("language", "ar"),
                    time(dm.optionalText("importedAt", null)), dm.optionalText("url", ""), dm.optionalText("author", ""), stem + ".txt");
            CodePoints cps = new CodePoints(text);
            Map<String, TLine> spans = new HashMap<>();
            Map<String, String> notes = new HashMap<>();
            Map<String, String> entity = new HashMap<>();
            Map<String, String> speaker = new HashMap<>();
            List<String[]> relations = new ArrayList<>();
            List<String> lines = readUtf8(ann).lines().toList();
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                String where = annName + " line " + (n + 1);
                if (line.isBlank()) {
                    continue;
                }
                // At most three columns: the last is a T line's text, which may hold a tab of the document.
                String[] cols = line.split("\t", 3);
                char kind = line.charAt(0);
                if ("AEM*".indexOf(kind) >= 0) {
                    continue;
                }
                if (!ID.matcher(cols[0]).matches() || cols.length < 2) {
                    throw session.refuse(where + ": not a brat annotation line (\"" + ImportSession.abbreviate(line) + "\")");
                }
                if (spans.containsKey(cols[0]) || (kind == 'R' && relations.stream().anyMatch(r -> r[0].equals(cols[0])))) {
                    throw session.refuse(where + ": " + cols[0] + " is defined twice");
                }
                String[] head = cols[1].split(" ");
                switch (kind) {
                    case 'T' -> spans.put(cols[0], tLine(n + 1, where, cols, text, cps));
                    case '#' -> {
                        if (head.length != 2 || cols.length < 3) {
                            throw session.refuse(where + ": a note needs \"AnnotatorNotes <id>\" and a text");
                        }
                        if (head[0].equals("AnnotatorNotes")) {
                            notes.put(head[1], BratTypes.unescapeNote(cols[2]));
                        }
                    }
                    case 'N' -> {
                        if (head.length != 3 || !head[2].contains(":")) {
                            throw session.refuse(where + ": a normalisation needs \"Reference <id> <db>:<key>\"");
                        }
                        String db = head[2].substring(0, head[2].indexOf(':'));
                        String key = head[2].substring(head[2].indexOf(':') + 1);
                        if (db.equals(BratExporter.ENTITY_DB) || db.equals(BratExporter.SPEAKER_DB)) {
                            if (!entityIds.containsKey(key)) {
                                throw session.refuse(where + ": entity " + key + " is not in " + BratExporter.META);
                            }
                            (db.equals(BratExporter.ENTITY_DB) ? entity : speaker).put(head[1], key);
                        }
                    }
                    default -> {
                        if (head.length != 3 || !head[1].startsWith("Arg1:") || !head[2].startsWith("Arg2:")) {
                            throw session.refuse(where + ": a relation needs \"<type> Arg1:<id> Arg2:<id>\"");
                        }
                        relations.add(new String[] {cols[0], head[0], head[1].substring(5), head[2].substring(5), where});
                    }
                }
            }
            checkReferences(annName, spans, notes, entity, speaker, relations);
            CheckedJson times = dm.has("annotations") ? dm.object("annotations") : null;
            Map<String, Long> ids = new HashMap<>();
            for (Map.Entry<String, TLine> e : spans.entrySet().stream().sorted(Map.Entry.comparingByKey(Reader::byNumber)).toList()) {
                TLine t = e.getValue();
                String where = annName + " line " + t.line();
                CheckedJson tm = times == null || !times.has(e.getKey()) ? null : times.object(e.getKey());
                Span span = t.span();
                String quote = t.quote();
                if (tm != null && tm.has("start") && span.of(text).equals(quote)) {
                    span = BratSpans.exact(text, span, metaSpan(tm, cps, where), session, where);
                    quote = span.of(text);
                }
                Span placed = session.place(text, span, quote, "", "", where);
                String tagName = tagsByType.containsKey(t.type()) ? tagsByType.get(t.type()).name() : BratTypes.fromBrat(t.type());
                long tagId = session.tag(tagName, tagsByType.get(t.type()), where);
                Instant created = tm == null ? null : time(tm.optionalText("created", null));
                Instant updated = tm == null ? null : time(tm.optionalText("updated", null));
                Annotation base = Annotation.of(doc.id(), text, placed, tagId, tm == null ? "" : tm.optionalText("author", ""), created);
                Annotation a = new Annotation(0, doc.id(), placed, base.quote(), base.prefix(), base.suffix(), tagId,
                        entityId(entity.get(e.getKey())), entityId(speaker.get(e.getKey())), notes.getOrDefault(e.getKey(), ""),
                        base.author(), created, updated);
                long id = session.annotation(a);
                ids.put(e.getKey(), id);
                stored.put(stem + "/" + e.getKey(), id);
            }
            CheckedJson linkTimes = dm.has("links") ? dm.object("links") : null;
            CheckedJson linkAuthors = dm.has("linkAuthors") ? dm.object("linkAuthors") : null;
            for (String[] r : relations) {
                LinkType type;
                String note = notes.getOrDefault(r[0], "");
                try {
                    type = LinkType.valueOf(r[1]);
                } catch (IllegalArgumentException ex) {
                    type = LinkType.OTHER;
                    note = note.isEmpty() ? r[1] : r[1] + ": " + note;
                }
                Instant created = linkTimes == null ? null : time(linkTimes.optionalText(r[0], null));
                String author = linkAuthors == null ? "" : linkAuthors.optionalText(r[0], "");
                session.link(ids.get(r[2]), ids.get(r[3]), type, note, created, author, r[4]);
            }
        }

        void crossLinks() {
            for (CheckedJson element : meta.list("crossLinks")) {
                CheckedJson l = element.requireObject();
                Long from = stored.get(l.text("fromFile") + "/" + l.text("from"));
                Long to = stored.get(l.text("toFile") + "/" + l.text("to"));
                if (from == null || to == null) {
                    continue; // one of its documents was not imported (a single .ann file)
                }
                LinkType type;
                try {
                    type = LinkType.valueOf(l.text("type"));
                } catch (IllegalArgumentException e) {
                    throw session.refuse(BratExporter.META + ": unknown link type " + l.text("type"));
                }
                session.link(from, to, type, l.optionalText("note", ""), time(l.optionalText("created", null)), l.optionalText("author", ""),
                        BratExporter.META);
            }
        }

        /** The exact span the meta file gives a T line (code points there, chars here), checked against the text. */
        private Span metaSpan(CheckedJson tm, CodePoints cps, String where) {
            int start = tm.wholeNumber("start");
            int end = tm.wholeNumber("end");
            if (start < 0 || end <= start || end > cps.length()) {
                throw session.refuse(where + ": its span [" + start + ", " + end + ") in " + BratExporter.META
                        + " is not a span of the text (" + cps.length() + " characters)");
            }
            return new Span(cps.toChar(start), cps.toChar(end));
        }

        private static int byNumber(String a, String b) {
            return Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
        }

        private Long entityId(String key) {
            return key == null ? null : entityIds.get(key);
        }

        private CheckedJson documentMeta(String stem) {
            for (CheckedJson element : meta.list("documents")) {
                CheckedJson d = element.requireObject();
                if (stem.equals(d.optionalText("file", null))) {
                    return d;
                }
            }
            return CheckedJson.root(MAPPER.createObjectNode().put("title", stem), BratExporter.META);
        }

        private TLine tLine(int line, String where, String[] cols, String text, CodePoints cps) {
            if (cols.length != 3) {
                throw session.refuse(where + ": a text-bound annotation needs \"<type> <start> <end>\" and its text");
            }
            int space = cols[1].indexOf(' ');
            if (space <= 0) {
                throw session.refuse(where + ": no offsets after the type");
            }
            String type = cols[1].substring(0, space);
            List<String> parts = new ArrayList<>();
            int start = -1;
            int end = -1;
            for (String fragment : cols[1].substring(space + 1).split(";")) {
                Matcher m = FRAGMENT.matcher(fragment.strip());
                if (!m.matches()) {
                    throw session.refuse(where + ": \"" + fragment + "\" is not \"<start> <end>\"");
                }
                int s = Integer.parseInt(m.group(1));
                int e = Integer.parseInt(m.group(2));
                if (e <= s || s < end) {
                    throw session.refuse(where + ": offsets " + s + " " + e + " are not an increasing span");
                }
                if (e > cps.length()) {
                    throw session.refuse(where + ": offset " + e + " is past the end of the text (" + cps.length() + " characters)");
                }
                start = start < 0 ? s : start;
                end = e;
                parts.add(text.substring(cps.toChar(s), cps.toChar(e)));
            }
            Span span = new Span(cps.toChar(start), cps.toChar(end));
            if (!String.join(" ", parts).equals(cols[2]) && parts.size() == 1) {
                return new TLine(line, type, span, cols[2]); // offsets off: placed by its text, or refused, later
            }
            if (!String.join(" ", parts).equals(cols[2])) {
                throw session.refuse(where + ": the text \"" + ImportSession.abbreviate(cols[2]) + "\" is not what the offsets "
                        + "point at (\"" + ImportSession.abbreviate(String.join(" ", parts)) + "\")");
            }
            return new TLine(line, type, span, span.of(text));
        }

        private void checkReferences(String annName, Map<String, TLine> spans, Map<String, String> notes,
                                     Map<String, String> entity, Map<String, String> speaker, List<String[]> relations) {
            for (String[] r : relations) {
                if (!spans.containsKey(r[2]) || !spans.containsKey(r[3])) {
                    throw session.refuse(r[4] + ": the relation refers to an annotation that does not exist");
                }
            }
            for (Map<String, String> refs : List.of(notes, entity, speaker)) {
                for (String id : refs.keySet()) {
                    boolean known = spans.containsKey(id) || relations.stream().anyMatch(r -> r[0].equals(id));
                    if (!known) {
                        throw session.refuse(annName + ": a note or normalisation refers to " + id + ", which does not exist");
                    }
                }
            }
        }
    }
}
