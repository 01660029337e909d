package hamish.text;

import hamish.analysis.DiscoveredEntity;
import hamish.analysis.EntityDiscovery;
import hamish.model.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Person discovery measured on the CLEANANERCorp test file (GPL, read at test time, never copied): the file's
 * sentences in documents of 50, persons as the tagged B-PERS/I-PERS spans. Precision: candidates whose name is a
 * tagged person span; recall: tagged persons (distinct, folded) that some candidate names by one of its forms.
 * Reported, not a target: the corpus is single-sentence news with few role cues per person.
 */
final class CleanAnerDiscovery {

    private static final int SENTENCES_PER_DOCUMENT = 50;

    private CleanAnerDiscovery() {
    }

    static String figures() {
        Path file = Stream.of(Path.of("../shared/corpora/cleananercorp_TEST.txt"), Path.of("../../shared/corpora/cleananercorp_TEST.txt"))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        if (file == null) {
            return "\nCLEANANERCorp: ../shared/corpora/cleananercorp_TEST.txt not found, not measured\n";
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> documents = new ArrayList<>();
        Set<String> persons = new HashSet<>();
        StringBuilder doc = new StringBuilder();
        StringBuilder person = new StringBuilder();
        int sentences = 0;
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            String tag = parts.length == 2 ? parts[1] : "O";
            if (!tag.endsWith("PERS") || tag.startsWith("B")) {
                if (person.length() > 0) {
                    persons.add(ArabicNormalizer.fold(person.toString()));
                    person.setLength(0);
                }
            }
            if (tag.endsWith("PERS")) {
                person.append(person.length() > 0 ? " " : "").append(parts[0]);
            }
            if (line.isBlank()) {
                doc.append('\n');
                if (++sentences % SENTENCES_PER_DOCUMENT == 0) {
                    documents.add(doc.toString());
                    doc.setLength(0);
                }
            } else if (parts.length == 2) {
                doc.append(parts[0]).append(' ');
            }
        }
        documents.add(doc.toString());
        long t0 = System.nanoTime();
        List<DiscoveredEntity> found = new EntityDiscovery().discover(documents).stream().filter(e -> e.type() == EntityType.PERSON).toList();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long right = found.stream().filter(e -> persons.contains(ArabicNormalizer.fold(e.name()))).count();
        Set<String> named = new HashSet<>();
        found.forEach(e -> e.forms().forEach(f -> named.add(ArabicNormalizer.fold(f.text()))));
        long recalled = persons.stream().filter(named::contains).count();
        return String.format(Locale.ROOT, "%nCLEANANERCorp test (%d documents of %d sentences, %d ms): person candidates %d, "
                        + "precision %d/%d = %.3f, recall of distinct tagged persons %d/%d = %.3f (reported, no target)%n",
                documents.size(), SENTENCES_PER_DOCUMENT, ms, found.size(), right, found.size(),
                found.isEmpty() ? 0.0 : (double) right / found.size(), recalled, persons.size(), (double) recalled / persons.size());
    }
}
