package hamish.app;

import hamish.analysis.ClaimSuggester;
import hamish.app.history.EditHistory;
import hamish.io.NewsEventArticles;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.store.Stores;
import hamish.text.AlignedPair;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Four real reports of the Abha bombing (lines 1–4 of abha-bombing.jsonl: alyaum, alweeam twice, sabq) stored
 * and annotated as an analyst would after a first pass: the people, bodies and places they name discovered and
 * their mentions accepted (not the typos), the four closest sentence pairs linked as one claim, and the quotations
 * and claims suggested accepted. Skips the test when the corpus is absent.
 */
public final class AnnotatedReports {

    private AnnotatedReports() {
    }

    public static List<Document> fourAbhaReports(Stores s) {
        List<NewsEventArticles.Article> reports = NewsEventArticles.read("abha-bombing.jsonl").subList(0, 4);
        Importing.prepareFirstRun(s);
        List<Document> docs = new ArrayList<>();
        for (NewsEventArticles.Article a : reports) {
            docs.add(s.documents().insert(new Document(0, a.title(), a.source(), LocalDate.of(2015, 8, 6), "ar", a.text(),
                    Integer.toHexString(a.text().hashCode()), Instant.EPOCH)));
        }
        annotate(s, docs);
        return docs;
    }

    /** Annotates stored documents as described above (the tag palette must be stored). */
    public static void annotate(Stores s, List<Document> docs) {
        List<Long> ids = docs.stream().map(Document::id).toList();
        EditHistory history = new EditHistory();
        Origin origin = Origin.of("test");
        Discovering discovering = new Discovering(s, history);
        MentionService service = new MentionService(s, "test", Clock.systemUTC());
        for (Discovering.Candidate c : discovering.discover(ids).stream().limit(8).toList()) {
            Entity e = discovering.acceptEntity(origin, c.entity());
            Accept.mentions(s, service, MentionService.acceptableInBulk(service.propose(e, docs)));
        }
        Linking linking = new Linking(s, history, Clock.systemUTC());
        Aligning.pairsOf(docs).stream().sorted(Comparator.comparingDouble(AlignedPair::score).reversed()).limit(4)
                .forEach(p -> linking.linkAsSameClaim(origin, docs.get(p.first()), p.a(), docs.get(p.second()), p.b(), "test"));
        for (Document d : docs) {
            ClaimSuggester.suggest(d, s.entities().list(), s.annotations().forDocument(d.id()), s.tags().list()).forEach(c ->
                    s.annotations().insert(ClaimSuggester.toAnnotation(c, d, s.tags().list(), "test", Instant.EPOCH)));
        }
    }
}
