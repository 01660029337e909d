package hamish.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out {@link SearchKeys.IndexText} for one document after another, remembering each word's fold, forms and
 * variant keys across documents: news reports share most of their words, so an import folds a word once, not once
 * per report. One instance per thread (it is not synchronized); the memory is bounded by {@link #MAX_WORDS}.
 */
public final class IndexTexts {

    /**
     * Distinct words remembered before starting again (about 200 bytes each, so some 20 MB at most): the most
     * frequent 100,000 surface forms cover nearly every word of a news corpus, and the cache refills at once.
     */
    private static final int MAX_WORDS = 100_000;

    /** A word as written, folded; its proclitic-free forms; the distinct variant keys of both. */
    private record Word(String folded, List<String> forms, List<String> keys) {
    }

    private final Map<String, Word> words = new HashMap<>();

    public SearchKeys.IndexText of(String title, String text) {
        // By identity: a remembered word is one object, and a record's hashCode would hash all its strings.
        Set<Word> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> bare = new LinkedHashSet<>();
        Set<String> variant = new LinkedHashSet<>();
        String titleWords = words(title, seen, bare, variant);
        String bodyWords = words(text, seen, bare, variant);
        return new SearchKeys.IndexText(titleWords, bodyWords, String.join(" ", bare), String.join(" ", variant));
    }

    /** The folded words of {@code text}, space-separated; the forms and keys of each word new to this document go to the sets. */
    private String words(String text, Set<Word> seen, Set<String> bare, Set<String> variant) {
        StringBuilder folded = new StringBuilder(text.length());
        for (Token token : WordTokenizer.tokenize(text)) {
            Word word = word(token.text());
            if (seen.add(word)) {
                bare.addAll(word.forms());
                variant.addAll(word.keys());
            }
            if (!folded.isEmpty()) {
                folded.append(' ');
            }
            folded.append(word.folded());
        }
        return folded.toString();
    }

    private Word word(String written) {
        Word word = words.get(written);
        if (word == null) {
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            String folded = ArabicNormalizer.fold(written);
            List<String> forms = SearchKeys.procliticFree(folded);
            Set<String> keys = new LinkedHashSet<>();
            keys.add(SearchKeys.skeleton(folded));
            for (String form : forms) {
                keys.add(SearchKeys.skeleton(form));
            }
            word = new Word(folded, forms, new ArrayList<>(keys));
            words.put(written, word);
        }
        return word;
    }
}
