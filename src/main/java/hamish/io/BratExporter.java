package hamish.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Tag;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes brat standoff: per document {@code <id>-<title>.txt} (the stored text, exactly) and
 * {@code .ann}; for the folder {@code annotation.conf} (every tag as an entity type, every link type as a
 * relation) and {@code hamish-meta.json}, which brat and INCEpTION ignore and Hamish reads back.
 *
 * <p>{@code .ann} lines: {@code T} for annotations, with brat offsets, which are Python string indices,
 * i.e. code points (an emoji counts 1; Hamish counts 2), and a span over a line break written as
 * fragments ({@code 0 5;6 10}) with the text joined by a space, as brat requires (a line break at either
 * end of a span, which no fragment can hold, is kept by the span's exact {@code start}/{@code end} in the
 * meta file, see {@link BratSpans}); {@code #} AnnotatorNotes
 * for notes (line breaks escaped as {@code \n}); {@code N} normalisations ({@code Reference T1
 * Hamish:E3}) for the entity and ({@code HamishSpeaker:E5}) the speaker, pointing at the entities listed
 * in the meta file; {@code R} relations for links within one document. Links between documents, which
 * brat cannot express, and what brat has no field for (authors, times, document metadata, tag colours)
 * are in {@code hamish-meta.json}.
 */
public final class BratExporter {

    public static final String CONF = "annotation.conf";
    public static final String META = "hamish-meta.json";
    static final String ENTITY_DB = "Hamish";
    static final String SPEAKER_DB = "HamishSpeaker";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BratExporter() {
    }

    /** The file name stem of a document in a brat export. */
    static String stem(Document d) {
        return SafeOutput.fileName(stemTitle(d), stemFallback(d));
    }

    private static String stem(Document d, SafeOutput out) {
        return out.stem(stemTitle(d), stemFallback(d));
    }

    /** The id in front keeps names unique however titles repeat or are cut. */
    private static String stemTitle(Document d) {
        return d.id() + "-" + d.title();
    }

    private static String stemFallback(Document d) {
        return "document-" + d.id();
    }

    /**
     * Writes the set. A document whose files the file system refuses is left out (its pair, its entry in
     * the meta file, links to it) and the others are written; {@link IncompleteExportException} then names
     * it after the rest is in place.
     */
    public static List<Path> export(ExportData data, SafeOutput out, ExportProgress progress) {
        List<String> names = new ArrayList<>(List.of(CONF, META));
        for (Document d : data.documents()) {
            names.add(stem(d, out) + ".txt");
            names.add(stem(d, out) + ".ann");
        }
        out.checkFree(names);
        BratSpans.refuseWhatBratCannotHold(data);
        Map<Long, Tag> tags = data.tagsById();
        Map<Long, String> annotationFile = new HashMap<>();
        Map<Long, String> annotationKey = new HashMap<>();
        List<String> notWritten = new ArrayList<>();

        ObjectNode meta = MAPPER.createObjectNode();
        meta.put("format", "hamish-brat/1");
        ArrayNode tagList = meta.putArray("tags");
        for (Tag t : data.tags()) {
            ObjectNode n = tagList.addObject();
            n.put("bratType", BratTypes.toBrat(t.name()));
            n.put("name", t.name());
            n.put("kind", t.kind().name());
            n.put("entityType", t.entityType() == null ? null : t.entityType().name());
            n.put("colour", t.colour());
            n.put("shortcut", t.shortcut());
        }
        ArrayNode entityList = meta.putArray("entities");
        for (Entity e : data.entities()) {
            ObjectNode n = entityList.addObject();
            n.put("key", "E" + e.id());
            n.put("name", e.canonicalName());
            n.put("type", e.type().name());
            ArrayNode aliases = n.putArray("aliases");
            e.aliases().forEach(aliases::add);
        }
        ArrayNode documents = meta.putArray("documents");
        long done = 0;
        long total = data.annotationCount();
        for (Document d : data.documents()) {
            String stem = stem(d, out);
            List<Annotation> annotations = data.annotationsOf(d);
            Map<Long, String> keys = new HashMap<>();
            for (int i = 0; i < annotations.size(); i++) {
                keys.put(annotations.get(i).id(), "T" + (i + 1));
            }
            List<Link> inside = data.links().stream()
                    .filter(l -> keys.containsKey(l.fromAnnotationId()) && keys.containsKey(l.toAnnotationId())).toList();
            Optional<String> refused = out.stageOrGiveReason(stem + ".txt", w -> w.write(d.text()));
            if (refused.isEmpty()) {
                refused = out.stageOrGiveReason(stem + ".ann", w -> ann(w, d, annotations, inside, tags, data.entitiesById(), keys));
                refused.ifPresent(reason -> out.unstage(stem + ".txt"));
            }
            if (refused.isPresent()) {
                notWritten.add("#" + d.id() + " \"" + ImportSession.abbreviate(d.title()) + "\" as " + stem + ".txt: " + refused.get());
            } else {
                annotationKey.putAll(keys);
                keys.keySet().forEach(id -> annotationFile.put(id, stem));
                documents.add(documentMeta(d, stem, annotations, inside));
            }
            done += annotations.size();
            progress.update(done, total);
        }
        ArrayNode cross = meta.putArray("crossLinks");
        for (Link l : data.links()) {
            String from = annotationFile.get(l.fromAnnotationId());
            String to = annotationFile.get(l.toAnnotationId());
            // A link to a document left out goes with it; that document is named in the failure.
            if (from != null && to != null && !from.equals(to)) {
                ObjectNode n = cross.addObject();
                n.put("fromFile", from);
                n.put("from", annotationKey.get(l.fromAnnotationId()));
                n.put("toFile", to);
                n.put("to", annotationKey.get(l.toAnnotationId()));
                n.put("type", l.type().name());
                n.put("note", l.note());
                n.put("created", instant(l.created()));
                if (!l.author().isEmpty()) {
                    n.put("author", l.author());
                }
            }
        }
        out.stage(CONF, w -> conf(w, data.tags()));
        out.stage(META, w -> MAPPER.writeValue(w, meta));
        // A set is several files and a folder cannot be swapped in whole (the user's folder may hold other
        // things), so the meta file, written with the rest, is moved last and marks the set whole: if it
        // is there, every file it lists is too. A kill during the moves leaves pairs without it, each pair
        // whole (.txt moved before its .ann, every file by one rename), which import as brat without
        // Hamish's extras. The old meta file goes first when replacing, so it never vouches for a mix.
        // (One sub-folder per document would keep each pair whole too, but brat, INCEpTION and our
        // importer expect the pairs side by side with annotation.conf.)
        out.removeBeforePublish(META);
        List<Path> written = out.publish();
        if (!notWritten.isEmpty()) {
            throw new IncompleteExportException(written, notWritten, data.documents().size());
        }
        return written;
    }

    /** A document's entry in the meta file: its file stem, details, and who made its annotations and links when. */
    private static ObjectNode documentMeta(Document d, String stem, List<Annotation> annotations, List<Link> inside) {
        ObjectNode dm = MAPPER.createObjectNode();
        dm.put("file", stem);
        dm.put("title", d.title());
        dm.put("outlet", d.outlet());
        dm.put("published", d.published() == null ? null : d.published().toString());
        dm.put("language", d.language());
        dm.put("importedAt", instant(d.importedAt()));
        if (!d.url().isEmpty()) {
            dm.put("url", d.url());
        }
        if (!d.author().isEmpty()) {
            dm.put("author", d.author());
        }
        ObjectNode times = dm.putObject("annotations");
        CodePoints cps = new CodePoints(d.text());
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            ObjectNode t = times.putObject("T" + (i + 1));
            t.put("author", a.author());
            t.put("created", instant(a.created()));
            t.put("updated", instant(a.updated()));
            if (!BratSpans.fragmentsCoverTheSpan(d.text(), a.span())) {
                // Fragments cannot hold a line break, so the one at either end of the span is said here.
                t.put("start", cps.toCodePoint(a.start()));
                t.put("end", cps.toCodePoint(a.end()));
            }
        }
        ObjectNode linkTimes = dm.putObject("links");
        // Who made each relation, beside its time (an object of its own: older exports have times only).
        ObjectNode linkAuthors = dm.putObject("linkAuthors");
        for (int i = 0; i < inside.size(); i++) {
            linkTimes.put("R" + (i + 1), instant(inside.get(i).created()));
            if (!inside.get(i).author().isEmpty()) {
                linkAuthors.put("R" + (i + 1), inside.get(i).author());
            }
        }
        return dm;
    }

    private static void ann(Writer w, Document d, List<Annotation> annotations, List<Link> links, Map<Long, Tag> tags,
                            Map<Long, Entity> entities, Map<Long, String> annotationKey) throws IOException {
        CodePoints cps = new CodePoints(d.text());
        int note = 0;
        int norm = 0;
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            String id = "T" + (i + 1);
            Tag tag = tags.get(a.tagId());
            w.write(id + "\t" + BratTypes.toBrat(tag == null ? "Unknown" : tag.name()) + " ");
            w.write(fragments(d.text(), a, cps));
            w.write("\n");
            if (!a.note().isEmpty()) {
                w.write("#" + (++note) + "\tAnnotatorNotes " + id + "\t" + BratTypes.escapeNote(a.note()) + "\n");
            }
            if (a.entityId() != null) {
                w.write("N" + (++norm) + "\tReference " + id + " " + ENTITY_DB + ":E" + a.entityId() + "\t"
                        + BratTypes.escapeNote(entities.get(a.entityId()).canonicalName()) + "\n");
            }
            if (a.speakerEntityId() != null) {
                w.write("N" + (++norm) + "\tReference " + id + " " + SPEAKER_DB + ":E" + a.speakerEntityId() + "\t"
                        + BratTypes.escapeNote(entities.get(a.speakerEntityId()).canonicalName()) + "\n");
            }
        }
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            String id = "R" + (i + 1);
            w.write(id + "\t" + l.type().name() + " Arg1:" + annotationKey.get(l.fromAnnotationId()) + " Arg2:"
                    + annotationKey.get(l.toAnnotationId()) + "\n");
            if (!l.note().isEmpty()) {
                w.write("#" + (++note) + "\tAnnotatorNotes " + id + "\t" + BratTypes.escapeNote(l.note()) + "\n");
            }
        }
    }

    /** {@code start end[;start end…]\ttext}: the span cut at line breaks, in code points. */
    static String fragments(String text, Annotation a, CodePoints cps) {
        StringBuilder offsets = new StringBuilder();
        List<String> parts = new ArrayList<>();
        int start = a.start();
        while (start < a.end()) {
            int lineEnd = text.indexOf('\n', start);
            int end = lineEnd < 0 || lineEnd >= a.end() ? a.end() : lineEnd;
            if (end > start) {
                if (offsets.length() > 0) {
                    offsets.append(';');
                }
                offsets.append(cps.toCodePoint(start)).append(' ').append(cps.toCodePoint(end));
                parts.add(text.substring(start, end));
            }
            start = end + 1;
        }
        return offsets + "\t" + String.join(" ", parts);
    }

    private static void conf(Writer w, List<Tag> tags) throws IOException {
        Set<String> types = new LinkedHashSet<>();
        tags.forEach(t -> types.add(BratTypes.toBrat(t.name())));
        w.write("# Written by Hamish: tags as entity types, link types as relations.\n[entities]\n");
        for (String type : types) {
            w.write(type + "\n");
        }
        w.write("\n[relations]\n");
        for (LinkType type : LinkType.values()) {
            w.write(type.name() + "\tArg1:<ENTITY>, Arg2:<ENTITY>\n");
        }
        w.write("\n[events]\n\n[attributes]\n");
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }
}
