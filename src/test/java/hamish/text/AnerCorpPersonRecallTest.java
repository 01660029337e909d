package hamish.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.model.Span;
import hamish.text.MentionProposal.Confidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Person names of the CLEANANERCorp test split as known entities: every distinct gold surface form becomes
 * an entity, except a surface that is a proclitic written on another gold surface (the corpus keeps وعلي
 * and لخالد whole). Every gold person mention should then be proposed — وعلي through علي, لخالد through
 * خالد — and the proposals that hit no gold person are counted too (names also used as ordinary words or
 * tagged otherwise). Figures go to target/anercorp-persons.txt.
 */
class AnerCorpPersonRecallTest {

    @Test
    void goldPersonNamesAreProposedWithTheirProclitics() throws IOException {
        Path file = Stream.of(Path.of("../shared/corpora/cleananercorp_TEST.txt"), Path.of("../../shared/corpora/cleananercorp_TEST.txt"))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(file != null, "CLEANANERCorp test split not found at ../shared/corpora/cleananercorp_TEST.txt; skipping");
        StringBuilder text = new StringBuilder();
        List<Span> gold = new ArrayList<>();
        Set<String> surfaces = new LinkedHashSet<>();
        int mentionStart = -1;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split("\\s+");
            if (f.length != 2) {
                mentionStart = close(text, gold, surfaces, mentionStart);
                text.append('\n');
                continue;
            }
            if (!f[1].equals("I-PERS")) {
                mentionStart = close(text, gold, surfaces, mentionStart);
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            if (f[1].equals("B-PERS")) {
                mentionStart = text.length();
            }
            text.append(f[0]);
        }
        close(text, gold, surfaces, mentionStart);

        // A surface that is a proclitic + another gold surface (وعلي, لخالد) is not an entity of its own: it
        // must be found through the bare name, which is what this test measures.
        Set<String> folded = new LinkedHashSet<>();
        surfaces.forEach(x -> folded.add(ArabicNormalizer.fold(x)));
        List<String> names = new ArrayList<>();
        List<String> withClitic = new ArrayList<>();
        for (String surface : surfaces) {
            String f = ArabicNormalizer.fold(surface);
            boolean cliticOnBareName = false;
            for (int p : NameKeys.procliticLengths(f)) {
                cliticOnBareName |= p > 0 && folded.contains(f.substring(p));
            }
            (cliticOnBareName ? withClitic : names).add(surface);
        }
        MentionIndex index = MentionIndex.of(text.toString());
        MentionProposer.Options options = new MentionProposer.Options(false, false, false);
        List<Span> proposed = new ArrayList<>();
        long id = 1;
        for (String surface : names) {
            Entity entity = new Entity(id++, surface, EntityType.PERSON, List.of());
            for (MentionProposal p : index.proposals(EntityNames.of(entity, options))) {
                if (p.confidence() != Confidence.TYPO) {
                    proposed.add(p.span());
                }
            }
        }
        // The same without person forms (surnames and lineages of each multi-word surface), for the figures only.
        long namesOnly = 0;
        long namesOnlyRight = 0;
        for (String surface : names) {
            Entity entity = new Entity(id++, surface, EntityType.PERSON, List.of());
            for (MentionProposal p : index.proposals(EntityNames.of(entity, options.withPersonForms(false)))) {
                if (p.confidence() != Confidence.TYPO) {
                    namesOnly++;
                    namesOnlyRight += gold.stream().anyMatch(g -> g.intersects(p.span())) ? 1 : 0;
                }
            }
        }
        long found = gold.stream().filter(g -> proposed.stream().anyMatch(p -> p.intersects(g))).count();
        String all = text.toString();
        List<Span> clitic = gold.stream().filter(g -> withClitic.contains(g.of(all))).toList();
        long cliticFound = clitic.stream().filter(g -> proposed.stream().anyMatch(p -> p.intersects(g))).count();
        long right = proposed.stream().filter(p -> gold.stream().anyMatch(g -> g.intersects(p))).count();
        double recall = (double) found / gold.size();
        double precision = (double) right / proposed.size();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "anercorp-persons.txt"), String.format(Locale.ROOT,
                "CLEANANERCorp test, PERS: %d gold mentions, %d distinct surfaces, %d of them entities (the other %d are"
                        + " a proclitic + another surface); %d proposals (EXACT+FORM+VARIANT); recall %.3f, precision %.3f"
                        + " (names only, without person forms: %d proposals, precision %.3f);"
                        + " mentions written with a proclitic on a known name: %d, found %d%n", gold.size(), surfaces.size(),
                names.size(), withClitic.size(), proposed.size(), recall, precision, namesOnly, (double) namesOnlyRight / namesOnly,
                clitic.size(), cliticFound),
                StandardCharsets.UTF_8);
        assertTrue(recall > 0.98, "recall " + recall);
        assertTrue(clitic.size() > 10 && cliticFound == clitic.size(), cliticFound + " of " + clitic.size());
    }

    private static int close(StringBuilder text, List<Span> gold, Set<String> surfaces, int start) {
        if (start >= 0) {
            Span span = new Span(start, text.length());
            gold.add(span);
            surfaces.add(span.of(text.toString()));
        }
        return -1;
    }
}
