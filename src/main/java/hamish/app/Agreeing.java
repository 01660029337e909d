package hamish.app;

import hamish.analysis.CohenKappa;
import hamish.analysis.KrippendorffAlpha;
import hamish.analysis.SpanAgreement;
import hamish.analysis.TaggedSpan;
import hamish.analysis.UnitizedAlpha;
import hamish.analysis.WordLabels;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Inter-annotator agreement over some documents ({@code hamish agree}): for each pair of the users, the second
 * against the first, span-level precision, recall and F1 (exact and overlapping, per tag and over all tags) and
 * Cohen's kappa on the words' labels, over all the given documents together; see {@link SpanAgreement} and
 * {@link WordLabels}. An annotation's user is its {@link Annotation#author()}; orphaned annotations are left out.
 * Over all the users together: Krippendorff's alpha on the words' labels and his unitised alpha on the characters,
 * with the documents laid end to end as one continuum (a span never crosses from one document into the next).
 */
public final class Agreeing {

    /**
     * One pair of users: span counts summed over the documents, κ over all their words (every label), and κ per
     * tag as binary labels (that tag or not), over the tags either user applied.
     */
    public record PairReport(String userA, String userB, SpanAgreement.Result spans, CohenKappa kappa,
            Map<String, CohenKappa> kappaPerTag) {
    }

    /**
     * The report: the documents read, how many annotations each user has on them, every pair, and Krippendorff's
     * alpha of all the users together on the words' labels and unitised on the characters.
     */
    public record Report(List<Long> documentIds, int words, Map<String, Integer> annotationsPerUser, List<PairReport> pairs,
            KrippendorffAlpha alpha, UnitizedAlpha unitized) {
    }

    /** The input refuses the request: unknown document, too few users, a user without annotations. */
    public static final class RefusedException extends RuntimeException {
        public RefusedException(String message) {
            super(message);
        }
    }

    private Agreeing() {
    }

    /** Reads the documents and their annotations and measures every pair of {@code users} (in the order given). */
    public static Report measure(Stores stores, List<Long> documentIds, List<String> users) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(users));
        if (distinct.size() < 2) {
            throw new RefusedException("agreement needs two or more different users, not " + distinct);
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(documentIds));
        if (ids.isEmpty()) {
            throw new RefusedException("no document given");
        }
        Map<Long, String> tagNames = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        List<List<Annotation>> annotations = new ArrayList<>();
        stores.readConsistently(() -> {
            for (Tag t : stores.tags().list()) {
                tagNames.put(t.id(), t.name());
            }
            for (long id : ids) {
                documents.add(stores.documents().get(id).orElseThrow(() -> new RefusedException("no document with id " + id)));
                annotations.add(stores.annotations().forDocument(id));
            }
            return null;
        });
        List<DocumentInput> inputs = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            inputs.add(new DocumentInput(documents.get(i).text(), annotations.get(i)));
        }
        return measure(ids, inputs, tagNames, distinct);
    }

    /** A document's text and its annotations. */
    record DocumentInput(String text, List<Annotation> annotations) {
    }

    static Report measure(List<Long> ids, List<DocumentInput> documents, Map<Long, String> tagNames, List<String> users) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String u : users) {
            counts.put(u, 0);
        }
        List<List<Token>> words = new ArrayList<>();
        int wordCount = 0;
        for (DocumentInput d : documents) {
            List<Token> w = WordLabels.words(d.text());
            words.add(w);
            wordCount += w.size();
            for (Annotation a : d.annotations()) {
                counts.computeIfPresent(a.author(), (u, n) -> n + 1);
            }
        }
        List<String> missing = users.stream().filter(u -> counts.get(u) == 0).toList();
        if (!missing.isEmpty()) {
            throw new RefusedException((missing.size() == 1 ? "user " : "users ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " has" : " have") + " no annotations on " + (ids.size() == 1 ? "document " : "documents ")
                    + String.join(", ", ids.stream().map(String::valueOf).toList()) + "; authors there: " + authors(documents));
        }
        List<PairReport> pairs = new ArrayList<>();
        for (int x = 0; x < users.size(); x++) {
            for (int y = x + 1; y < users.size(); y++) {
                pairs.add(pair(users.get(x), users.get(y), documents, words, tagNames));
            }
        }
        List<List<String>> everyone = new ArrayList<>();
        List<List<TaggedSpan>> everyonesUnits = new ArrayList<>();
        for (String user : users) {
            List<String> labels = new ArrayList<>();
            List<TaggedSpan> units = new ArrayList<>();
            int documentStart = 0;
            for (int i = 0; i < documents.size(); i++) {
                List<TaggedSpan> spans = spansOf(documents.get(i), user, tagNames);
                labels.addAll(WordLabels.label(words.get(i), spans));
                for (TaggedSpan s : spans) {
                    units.add(new TaggedSpan(documentStart + s.start(), documentStart + s.end(), s.tag()));
                }
                documentStart += documents.get(i).text().length();
            }
            everyone.add(labels);
            everyonesUnits.add(units);
        }
        long continuum = documents.stream().mapToLong(d -> d.text().length()).sum();
        return new Report(List.copyOf(ids), wordCount, counts, pairs, KrippendorffAlpha.nominal(everyone),
                UnitizedAlpha.of(0, Math.max(continuum, 1), everyonesUnits));
    }

    private static String authors(List<DocumentInput> documents) {
        TreeSet<String> names = new TreeSet<>();
        documents.forEach(d -> d.annotations().forEach(a -> names.add(a.author().isEmpty() ? "(no author)" : a.author())));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static PairReport pair(String userA, String userB, List<DocumentInput> documents, List<List<Token>> words,
            Map<Long, String> tagNames) {
        SpanAgreement.Result spans = SpanAgreement.EMPTY;
        List<String> labelsA = new ArrayList<>();
        List<String> labelsB = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            List<TaggedSpan> a = spansOf(documents.get(i), userA, tagNames);
            List<TaggedSpan> b = spansOf(documents.get(i), userB, tagNames);
            spans = spans.plus(SpanAgreement.compare(a, b));
            labelsA.addAll(WordLabels.label(words.get(i), a));
            labelsB.addAll(WordLabels.label(words.get(i), b));
        }
        Map<String, CohenKappa> perTag = new LinkedHashMap<>();
        for (String tag : spans.perTag().keySet()) {
            perTag.put(tag, CohenKappa.binary(labelsA, labelsB, tag));
        }
        return new PairReport(userA, userB, spans, CohenKappa.of(labelsA, labelsB), perTag);
    }

    private static List<TaggedSpan> spansOf(DocumentInput d, String user, Map<Long, String> tagNames) {
        List<TaggedSpan> spans = new ArrayList<>();
        for (Annotation a : d.annotations()) {
            if (a.author().equals(user)) {
                spans.add(new TaggedSpan(a.span(), tagNames.getOrDefault(a.tagId(), "#" + a.tagId())));
            }
        }
        return spans;
    }
}
