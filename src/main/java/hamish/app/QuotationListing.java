package hamish.app;

import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Span;
import hamish.store.Stores;
import hamish.text.Attribution;
import hamish.text.AttributionDetector;
import hamish.text.Quotation;
import hamish.text.QuotationFinder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Who said what in some documents ({@code hamish quotes}): each quotation in quote marks and, unless only those
 * are asked for, each statement reported without marks (the clause after قال إن, أكد أن, أوضح أن…), with the
 * speaker as the text names them and the known entity that speaker names, if any.
 */
public final class QuotationListing {

    /** Whether a statement stands in quote marks or is reported speech. */
    public enum Kind {
        QUOTE, REPORTED
    }

    /** Which statements to list. */
    public enum Selection {
        ALL, QUOTES, REPORTED
    }

    /**
     * One statement of a document: {@code speaker} and {@code cue} are empty spans when the text names nobody or
     * no reporting word was found; {@code speakerEntity} is null when the speaker names no known entity;
     * {@code closedAtParagraphEnd} is true for a quotation whose closing mark is missing.
     */
    public record Row(Document document, Kind kind, Span statement, boolean closedAtParagraphEnd, Span speaker,
            String speakerText, Span cue, String cueLemma, Entity speakerEntity) {

        public boolean hasSpeaker() {
            return !speaker.isEmpty();
        }
    }

    private QuotationListing() {
    }

    /** Reads the documents and entities; an unknown id is refused before anything is analysed. */
    public static List<Row> load(Stores stores, List<Long> documentIds, Selection selection) {
        List<Document> documents = new ArrayList<>();
        for (long id : documentIds) {
            documents.add(stores.documents().get(id).orElseThrow(() -> new NoSuchElementException("no document with id " + id)));
        }
        List<Entity> entities = stores.entities().list();
        List<Row> rows = new ArrayList<>();
        for (Document d : documents) {
            rows.addAll(statements(d, entities, selection));
        }
        return rows;
    }

    /** The statements of one document in text order. */
    static List<Row> statements(Document d, List<Entity> entities, Selection selection) {
        List<Row> rows = new ArrayList<>();
        List<Quotation> quotations = QuotationFinder.find(d.text());
        if (selection != Selection.REPORTED) {
            for (Quotation q : quotations) {
                rows.add(new Row(d, Kind.QUOTE, q.span(), q.closedAtParagraphEnd(), q.speaker(), q.speakerText(), q.cue(),
                        q.cueLemma(), AttributionDetector.speakerFor(q.speakerText(), entities).orElse(null)));
            }
        }
        if (selection != Selection.QUOTES) {
            for (Attribution a : AttributionDetector.detect(d.text())) {
                // A statement that holds a quotation is already listed as that quotation, with the same speaker.
                if (quotations.stream().noneMatch(q -> q.span().intersects(a.content())) && !a.content().isEmpty()) {
                    rows.add(new Row(d, Kind.REPORTED, a.content(), false, a.subject(), a.subjectText(), a.verb(), a.verbLemma(),
                            AttributionDetector.speakerFor(a, entities).orElse(null)));
                }
            }
        }
        rows.sort(Comparator.comparingInt((Row r) -> r.statement().start()).thenComparingInt(r -> r.statement().end()));
        return rows;
    }
}
