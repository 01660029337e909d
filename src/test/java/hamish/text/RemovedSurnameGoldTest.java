package hamish.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.EntityProposal;
import hamish.app.EntityForms;
import hamish.app.MentionService;
import hamish.app.Origin;
import hamish.app.history.EditHistory;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.store.Stores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removing a person's surname form, on the real news-events reports and the hand-checked person gold
 * (src/test/resources/gold/news-events-person-mentions.tsv): "Find mentions" then drops exactly the mentions
 * found through the surname alone (الشريم), keeps every longer one (سعود الشريم), and restoring the form brings
 * back the very same proposals. Goes through the store, the use case and the service the window uses.
 */
class RemovedSurnameGoldTest {

    private record Gold(String report, String person, Span span, String surface) {
    }

    /** A proposal by document title (the report key), span and surface, comparable across runs. */
    private record Found(String report, Span span, String surface, MentionProposal.Confidence confidence) {
    }

    @TempDir
    Path dir;

    @Test
    void removingTheSurnameDropsExactlyTheSurnameOnlyMentionsAndRestoringBringsThemBack() throws IOException {
        List<NewsEvents.Report> reports = NewsEvents.all();
        Map<String, String> seeds = new LinkedHashMap<>();
        List<Gold> gold = loadGold(seeds);
        Origin origin = new Origin("compare window 1", "compare pane 1");
        int checked = 0;
        try (Stores s = Stores.open(dir.resolve("news.db"))) {
            List<Document> docs = new ArrayList<>();
            Map<Long, String> reportOf = new HashMap<>();
            for (NewsEvents.Report r : reports) {
                Document d = s.documents().insert(new Document(0, r.key(), "", null, "ar", r.text(), "hash " + r.key(), Instant.EPOCH));
                docs.add(d);
                reportOf.put(d.id(), r.key());
            }
            EntityForms forms = new EntityForms(s, new EditHistory(), Clock.systemUTC());
            for (Map.Entry<String, String> seed : seeds.entrySet()) {
                Entity person = s.entities().insert(new Entity(0, seed.getValue(), EntityType.PERSON, List.of()));
                String surname = forms.list(person.id()).stream().filter(f -> f.kind() == NameForm.Kind.SURNAME)
                        .map(EntityForms.Form::text).findFirst().orElse(null);
                if (surname == null) {
                    continue; // a lineage (فيصل بن خالد بن عبدالعزيز) or a family (آل سعود): no surname alone to remove
                }
                checked++;
                List<Found> before = propose(s, person, docs, reportOf);

                forms.remove(origin, person.id(), surname);
                List<Found> after = propose(s, person, docs, reportOf);

                String key = NameForm.keyOf(surname);
                List<Found> dropped = before.stream().filter(f -> !after.contains(f)).toList();
                assertTrue(before.containsAll(after), seed.getKey() + ": removing a form added proposals " + after);
                for (Found f : before) {
                    boolean surnameAlone = WordTokenizer.tokenize(f.surface()).size() == 1
                            && (ArabicNormalizer.fold(f.surface()).endsWith(key) || f.confidence() == MentionProposal.Confidence.TYPO);
                    assertEquals(surnameAlone, dropped.contains(f), seed.getKey() + ": " + f);
                }
                Set<Gold> lost = new HashSet<>(found(gold, seed.getKey(), before));
                lost.removeAll(found(gold, seed.getKey(), after));
                for (Gold g : found(gold, seed.getKey(), before)) {
                    assertEquals(WordTokenizer.tokenize(g.surface()).size() == 1, lost.contains(g),
                            seed.getKey() + ": only mentions written as the surname alone are lost: " + g);
                }
                if (seed.getKey().equals("shuraim")) {
                    assertEquals(5, lost.size(), "the five mentions of الشريم alone; سعود الشريم twice stays: " + lost);
                    assertEquals(2, found(gold, "shuraim", after).size());
                }

                forms.restore(origin, person.id(), surname);
                assertEquals(before, propose(s, person, docs, reportOf), seed.getKey() + ": restoring gives back the same proposals");
            }
        }
        assertTrue(checked >= 3, "the gold has people with a surname form: " + checked);
    }

    private static List<Found> propose(Stores s, Entity person, List<Document> docs, Map<Long, String> reportOf) {
        List<Found> found = new ArrayList<>();
        for (EntityProposal p : new MentionService(s, "", Clock.systemUTC()).propose(person, docs)) {
            found.add(new Found(reportOf.get(p.documentId()), p.span(), p.proposal().surface(), p.proposal().confidence()));
        }
        assertFalse(found.isEmpty(), person.canonicalName() + " is named in the reports");
        return found;
    }

    /** The gold mentions of {@code person} that a proposal overlaps. */
    private static List<Gold> found(List<Gold> gold, String person, List<Found> proposals) {
        return gold.stream().filter(g -> g.person().equals(person))
                .filter(g -> proposals.stream().anyMatch(f -> f.report().equals(g.report()) && f.span().intersects(g.span())))
                .toList();
    }

    private static List<Gold> loadGold(Map<String, String> seeds) throws IOException {
        List<Gold> gold = new ArrayList<>();
        try (InputStream in = RemovedSurnameGoldTest.class.getResourceAsStream("/gold/news-events-person-mentions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (line.startsWith("#seed")) {
                    seeds.put(f[1], f[2]);
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    gold.add(new Gold(f[0] + ":" + f[1], f[3], new Span(Integer.parseInt(f[4]), Integer.parseInt(f[5])), f[6]));
                }
            }
        }
        return gold;
    }
}
