package hamish.analysis;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Span;
import hamish.text.Attribution;
import hamish.text.AttributionDetector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who said a claim and with which reporting verb. The speaker is the annotation's speaker entity when the
 * user set one, else the speaker the attribution around it names as written; the verb is the reporting word
 * as written (وقال, مضيفا, بحسب). Attributions are detected once per document.
 */
final class Speakers {

    record Said(String speaker, String verb) {
    }

    private final Map<Long, Document> documents = new HashMap<>();
    private final Map<Long, List<Attribution>> attributions = new HashMap<>();
    private final Map<Long, Entity> entities = new HashMap<>();

    Speakers(List<Document> documents, List<Entity> entities) {
        documents.forEach(d -> this.documents.put(d.id(), d));
        entities.forEach(e -> this.entities.put(e.id(), e));
    }

    Said of(Annotation a) {
        Document d = documents.get(a.documentId());
        Optional<Attribution> attribution = d == null ? Optional.empty() : around(d, a.span());
        String verb = attribution.map(at -> at.verb().of(d.text())).orElse("");
        Entity speaker = a.speakerEntityId() == null ? null : entities.get(a.speakerEntityId());
        String name = speaker != null ? speaker.canonicalName() : attribution.map(Attribution::subjectText).orElse("");
        return new Said(name, verb);
    }

    /** The attribution whose statement overlaps the span most; else one in the same sentence. */
    private Optional<Attribution> around(Document d, Span span) {
        List<Attribution> all = attributions.computeIfAbsent(d.id(), id -> AttributionDetector.detect(d.text()));
        Attribution best = null;
        int bestOverlap = 0;
        for (Attribution at : all) {
            int overlap = Math.min(at.content().end(), span.end()) - Math.max(at.content().start(), span.start());
            if (overlap > bestOverlap) {
                best = at;
                bestOverlap = overlap;
            }
        }
        if (best == null) {
            best = all.stream().filter(at -> at.sentence().contains(span.start())).findFirst().orElse(null);
        }
        return Optional.ofNullable(best);
    }
}
