package hamish.app;

import hamish.app.history.EditHistory;
import hamish.io.AnnotationLine;
import hamish.io.AnnotationLines;
import hamish.io.LineSink;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.text.GraphemeBoundaries;
import java.io.BufferedReader;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Many annotations from a pipeline in one process ({@code hamish annotate --from FILE|-}): each line is checked
 * (its shape, then the document, the span within its text and between whole characters, the tag) and a bad line
 * is reported with its number and skipped; the good ones are committed in batches, each batch one transaction and
 * one step, and reported only once committed.
 */
public final class BatchAnnotating {

    /** Lines per transaction: large enough that commits do not dominate, small enough that a crash loses little. */
    public static final int BATCH_LINES = 500;
    /** Documents kept while a batch refers to them: most pipelines annotate one document after another. */
    private static final int CACHED_DOCUMENTS = 32;

    private final Stores stores;
    private final Annotating annotating;
    private final Clock clock;
    private final Map<Long, Optional<Document>> documents = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Optional<Document>> eldest) {
            return size() > CACHED_DOCUMENTS;
        }
    };
    private final Map<Long, GraphemeBoundaries> characters = new java.util.HashMap<>();

    public BatchAnnotating(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
        this.annotating = new Annotating(stores, new EditHistory(), clock);
    }

    /** Reads every line of {@code in}; {@code author} for lines that name none. */
    public LineSummary run(BufferedReader in, String author, LineListener<Annotation> listener) {
        LineBatch<Annotating.NamedDraft, Annotation> batch = new LineBatch<>(BATCH_LINES,
                drafts -> annotating.tagAllNamed(Origin.COMMAND_LINE, drafts), listener);
        Map<String, Tag> tags = new java.util.HashMap<>();
        stores.tags().list().forEach(t -> tags.put(t.name().strip(), t));
        AnnotationLines.read(in, new LineSink<>() {
            @Override
            public void line(AnnotationLine line) {
                String problem = check(line, tags);
                if (problem != null) {
                    batch.bad(line.line(), problem);
                    return;
                }
                Document d = documents.get(line.document()).orElseThrow();
                Tag tag = tags.get(line.tag());
                Instant now = clock.instant();
                Annotation draft = Annotation.of(d.id(), d.text(), new Span(line.start(), line.end()), tag.id(),
                        line.author() == null ? author : line.author(), now);
                if (line.note() != null && !line.note().isEmpty()) {
                    draft = draft.withNote(line.note(), now);
                }
                batch.add(line.line(), new Annotating.NamedDraft(draft, line.entity(), line.speaker()));
            }

            @Override
            public void bad(long line, String problem) {
                batch.bad(line, problem);
            }
        });
        batch.commit();
        return new LineSummary(batch.done(), batch.bad());
    }

    private String check(AnnotationLine line, Map<String, Tag> tags) {
        Optional<Document> d = documents.computeIfAbsent(line.document(), id -> stores.documents().get(id));
        if (d.isEmpty()) {
            return "no document with id " + line.document();
        }
        if (line.end() > d.get().text().length()) {
            return "end " + line.end() + " is past the end of document " + line.document() + " (" + d.get().text().length() + " chars)";
        }
        if (characters.size() > CACHED_DOCUMENTS) {
            characters.clear();
        }
        GraphemeBoundaries whole = characters.computeIfAbsent(line.document(), id -> new GraphemeBoundaries(d.get().text()));
        Optional<String> cut = whole.graphemeProblem(new Span(line.start(), line.end()));
        if (cut.isPresent()) {
            Span snapped = whole.snapOutward(new Span(line.start(), line.end()));
            return "[" + line.start() + ", " + line.end() + ") cuts a character: " + cut.get() + " (whole characters: ["
                    + snapped.start() + ", " + snapped.end() + "))";
        }
        if (!tags.containsKey(line.tag())) {
            return "no tag named '" + line.tag() + "'";
        }
        return null;
    }
}
