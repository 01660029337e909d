package hamish.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Ordinary Arabic words that are never proposed as a spelling variant or a typo of a name: one substituted
 * letter or a g-class swap turns الأسد into الأحد (Sunday), الدوحة into الدولة, إيران into نيران, and a
 * reader trusts the proposals less for every such one. The list is written by hand for Hamish (see
 * {@code common-words.txt} and ADR 0007), folded when loaded. Exact matches of a name are never refused:
 * a user who names an entity التركي still finds it.
 */
public final class CommonWords {

    private static final CommonWords BUILT_IN = load("/words/common-words.txt");
    private static final CommonWords NONE = new CommonWords(Set.of());

    private final Set<String> folded;

    private CommonWords(Set<String> folded) {
        this.folded = folded;
    }

    /** The list shipped with Hamish. */
    public static CommonWords builtIn() {
        return BUILT_IN;
    }

    /** No word is common: the behaviour before the list, for measuring what it removes. */
    public static CommonWords none() {
        return NONE;
    }

    public static CommonWords of(Iterable<String> words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            set.add(ArabicNormalizer.fold(w.strip()));
        }
        return new CommonWords(Set.copyOf(set));
    }

    /** Whether the folded word is a common word. */
    public boolean contains(String foldedWord) {
        return folded.contains(foldedWord);
    }

    public int size() {
        return folded.size();
    }

    private static CommonWords load(String resource) {
        try (InputStream in = CommonWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                String content = hash >= 0 ? line.substring(0, hash) : line;
                for (String w : content.strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(ArabicNormalizer.fold(w));
                    }
                }
            }
            return new CommonWords(Set.copyOf(words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
