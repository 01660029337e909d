package hamish.app;

import hamish.model.Document;
import hamish.model.Entity;
import hamish.store.Stores;
import hamish.text.AttributionDetector;
import hamish.text.Quotation;
import hamish.text.QuotationFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The quotations of some documents with their speakers ({@code hamish quotes}): each quotation in quote marks,
 * the speaker as the text names them and the known entity that speaker names, if any.
 */
public final class QuotationListing {

    /** One quotation of a document; {@code speakerEntity} is null when the speaker names no known entity. */
    public record Row(Document document, Quotation quotation, Entity speakerEntity) {
    }

    private QuotationListing() {
    }

    /** Reads the documents and entities; an unknown id is refused before anything is analysed. */
    public static List<Row> load(Stores stores, List<Long> documentIds) {
        List<Document> documents = new ArrayList<>();
        List<Entity> entities;
        for (long id : documentIds) {
            documents.add(stores.documents().get(id).orElseThrow(() -> new NoSuchElementException("no document with id " + id)));
        }
        entities = stores.entities().list();
        List<Row> rows = new ArrayList<>();
        for (Document d : documents) {
            for (Quotation q : QuotationFinder.find(d.text())) {
                rows.add(new Row(d, q, AttributionDetector.speakerFor(q.speakerText(), entities).orElse(null)));
            }
        }
        return rows;
    }
}
