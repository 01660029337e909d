package hamish.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extra index keys for corpus search, per folded word, so that a search engine that matches whole
 * tokens (SQLite FTS5) finds what {@link ProcliticMatcher} finds.
 *
 * <p>{@link #procliticFree}: the forms of a word with a proclitic taken off (و ف ب ك ل ال لل and their
 * combinations, as {@link ProcliticMatcher} allows them), so لإسرائيل is also indexed as اسرائيل and
 * للبنتاغون as البنتاغون and بنتاغون. Only remainders of at least
 * {@value ProcliticMatcher#MIN_LETTERS_FOR_PROCLITICS} letters, the matcher's limit. These are
 * <em>candidates</em>: over-generation (بلينكن → لينكن) only costs a precise re-check of the hit, while
 * the reader never sees a stripped word.
 *
 * <p>{@link #skeleton}: a spelling-variant key for opt-in variant search: غ ج ق ك گ folded to one letter
 * and the long vowels ا و ي dropped (after the first letter), so البنتاغون and البنتاجون, نتنياهو and
 * نتانياهو share a key. It also merges ordinary words (رغم/رجم, see ARABIC.md), which is why it is never
 * used unless the user asks for variants. Placeholder for the name-variant keys of the matching work.
 */
public final class SearchKeys {

    private static final Pattern PROCLITIC = Pattern.compile("[وف]?(?:[بك]?(?:ال)?|ل|لل)");
    /** Every non-empty string {@link #PROCLITIC} matches (there are few), so indexing needs no regex per word. */
    private static final Set<String> PROCLITICS = procliticStrings();

    private SearchKeys() {
    }

    /** A proclitic-free form of a word and how many folded chars of the word precede the form's own letters. */
    record Form(String text, int cut) {
    }

    /** The forms of folded {@code word} without a proclitic, longest first, excluding the word itself. */
    public static List<String> procliticFree(String word) {
        Set<String> forms = new LinkedHashSet<>();
        for (Form form : forms(word)) {
            forms.add(form.text());
        }
        return List.copyOf(forms);
    }

    static List<Form> forms(String word) {
        List<Form> forms = new ArrayList<>();
        // Proclitics are at most four letters (ولل, وبال).
        for (int cut = 1; cut <= Math.min(4, word.length() - ProcliticMatcher.MIN_LETTERS_FOR_PROCLITICS); cut++) {
            String prefix = word.substring(0, cut);
            if (!PROCLITICS.contains(prefix)) {
                continue;
            }
            String rest = word.substring(cut);
            forms.add(new Form(rest, cut));
            if (prefix.endsWith("لل")) {
                // ل + ال is written لل: the word after it also stands for ال + word, whose lam is the second one.
                forms.add(new Form("ال" + rest, cut - 1));
            }
        }
        return forms;
    }

    private static Set<String> procliticStrings() {
        Set<String> all = new HashSet<>();
        for (String conjunction : List.of("", "و", "ف")) {
            for (String rest : List.of("", "ب", "ك", "ال", "بال", "كال", "ل", "لل")) {
                String p = conjunction + rest;
                if (!p.isEmpty() && PROCLITIC.matcher(p).matches()) {
                    all.add(p);
                }
            }
        }
        return Set.copyOf(all);
    }

    /** The variant key of folded {@code word}. */
    public static String skeleton(String word) {
        StringBuilder key = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'غ', 'ج', 'ق', 'ك', 'گ' -> key.append('ج');
                case 'ا', 'و', 'ي' -> {
                    if (i == 0) {
                        key.append(c);
                    }
                }
                default -> key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * The two extra index columns of a text as schema step 3 built them (kept for that step, which a database older
     * than it still runs before step 9 rebuilds the index from {@link IndexText}), from one pass over its words. {@code bare}: for every word
     * that has proclitic-free forms, each form followed by the next word ("بنك الدولي البنك الدولي" for
     * والبنك الدولي), so that a phrase whose first word carries a proclitic is still a phrase in the index;
     * the stray adjacencies this creates only add candidates, which the search re-checks on the text.
     * {@code variant}: the skeleton of every word and of its proclitic-free forms.
     */
    public record Columns(String bare, String variant) {
    }

    public static Columns columns(String text) {
        List<Token> tokens = WordTokenizer.tokenize(text);
        // News text repeats its words: fold each distinct word and work out its keys once per text.
        Map<String, IndexKeys> keys = new HashMap<>();
        String[] folded = new String[tokens.size()];
        IndexKeys[] wordKeys = new IndexKeys[tokens.size()];
        for (int i = 0; i < folded.length; i++) {
            wordKeys[i] = keys.computeIfAbsent(tokens.get(i).text(), SearchKeys::keysOf);
            folded[i] = wordKeys[i].folded();
        }
        StringBuilder bare = new StringBuilder();
        StringBuilder variant = new StringBuilder();
        for (int i = 0; i < folded.length; i++) {
            variant.append(wordKeys[i].variants());
            for (String form : wordKeys[i].forms()) {
                bare.append(form).append(' ');
                if (i + 1 < folded.length) {
                    bare.append(folded[i + 1]).append(' ');
                }
            }
        }
        return new Columns(bare.toString(), variant.toString());
    }

    /** A word's fold, its proclitic-free forms and the variant keys of both, space-separated. */
    private record IndexKeys(String folded, List<String> forms, String variants) {
    }

    private static IndexKeys keysOf(String word) {
        String folded = ArabicNormalizer.fold(word);
        List<String> forms = procliticFree(folded);
        StringBuilder variants = new StringBuilder(skeleton(folded)).append(' ');
        for (String form : forms) {
            variants.append(skeleton(form)).append(' ');
        }
        return new IndexKeys(folded, forms, variants.toString());
    }

    /** {@link Columns#bare} alone, for the SQL function that rebuilds the index in a migration. */
    public static String procliticFreeColumn(String text) {
        return columns(text).bare();
    }

    /** {@link Columns#variant} alone, for the SQL function that rebuilds the index in a migration. */
    public static String skeletonColumn(String text) {
        return columns(text).variant();
    }

    /**
     * What the search index (schema step 9) holds for one document, every column a list of words separated by
     * single spaces, so that SQLite's cheap {@code ascii} tokenizer only has to split at the spaces: the Unicode
     * tokenizer cost FTS5 two thirds of its insert time, and the words are cut here anyway (with the tokenizer
     * the finder uses, so index and re-check agree on what a word is). {@code title} and {@code body}: the
     * folded words, in order (phrases). {@code bare}: each distinct proclitic-free form of the title's and the
     * text's words, once (a word matches in any order; a phrase whose first word carries a proclitic is found
     * through {@link #withProclitics} instead). {@code variant}: each distinct variant key of the words and forms,
     * once, for a table without positions.
     */
    public record IndexText(String title, String body, String bare, String variant) {
    }

    /** The index text of one document; {@link IndexTexts} does many, remembering the words between them. */
    public static IndexText indexText(String title, String text) {
        return new IndexTexts().of(title, text);
    }

    /** {@link IndexText#title} or {@link IndexText#body} of a text, for the SQL function that rebuilds the index. */
    public static String foldedWords(String text) {
        return indexText("", text).body();
    }

    /** {@link IndexText#bare} of a document's title and text (joined by a newline), for the SQL function. */
    public static String formsColumn(String titleAndText) {
        return indexText("", titleAndText).bare();
    }

    /** {@link IndexText#variant} of a document's title and text (joined by a newline), for the SQL function. */
    public static String variantKeysColumn(String titleAndText) {
        return indexText("", titleAndText).variant();
    }

    /**
     * The words that carry {@code folded} behind a proclitic, as {@link #procliticFree} sees them (اسرائيل →
     * لاسرائيل, واسرائيل…; البيت → بالبيت, للبيت…): a phrase whose first word carries a proclitic is one of
     * these followed by the rest, so the index finds it by its words' positions, without storing word pairs.
     */
    public static List<String> withProclitics(String folded) {
        // Sorted: PROCLITICS has no order, and the same query should be the same text on every run.
        Set<String> words = new java.util.TreeSet<>();
        for (String proclitic : PROCLITICS) {
            words.add(proclitic + folded);
            if (proclitic.endsWith("لل") && folded.startsWith("ال")) {
                words.add(proclitic + folded.substring(2));
            }
        }
        List<String> found = new ArrayList<>();
        for (String word : words) {
            if (procliticFree(word).contains(folded)) {
                found.add(word);
            }
        }
        return found;
    }
}
