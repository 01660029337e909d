package hamish.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The keys by which a word is compared with a known name. Three strengths, each a separate key, never
 * one replacing another:
 * <ul>
 *   <li>exact: the folded word ({@link ArabicNormalizer#fold});</li>
 *   <li>skeleton: the folded word with the letters outlets write differently in transliterated names made
 *       one — غ ج ق ك گ ڨ ڭ for a foreign g (one class), ڤ → ف, پ → ب — and the long vowels ا و ي dropped
 *       except as the last letter. غانتس and جانتس share "كنتس", البنتاغون and البنتاجون share "لبنتكن",
 *       نتنياهو and نتانياهو share "نتنهو". The last letter stays: it carries the suffixes, so the nisba
 *       الإسرائيلي ("سرئلي") does not share the skeleton of إسرائيل ("سرئل");</li>
 *   <li>cores: the word itself and, as alternatives, the word without each proclitic that could be written
 *       onto it (و ف, then ب ك ل, then ال, or لل): بلينكن keeps بلينكن and gains لينكن; بوتين keeps بوتين.</li>
 * </ul>
 * Skeletons merge ordinary words too (الغاني/الجاني, رغم/رجم), so they are only ever compared with the
 * keys of a known name, never used to fold a whole text.
 */
public final class NameKeys {

    /** The one letter standing for every spelling of a foreign g in a skeleton. */
    static final char G_CLASS = 'ك';

    private static final Set<String> AFTER_CONJUNCTION = Set.of("", "ب", "ك", "ال", "بال", "كال", "ل", "لل");
    private static final int MAX_PROCLITIC = 4;

    private NameKeys() {
    }

    public static String exact(String word) {
        return ArabicNormalizer.fold(word);
    }

    /** The skeleton of an already folded word. */
    public static String skeleton(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        int last = folded.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = letterClass(folded.charAt(i));
            if (i < last && isLongVowel(c)) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The letter a skeleton keeps for {@code c}: one class for g, the Persian letters as their Arabic ones. */
    static char letterClass(char c) {
        switch (c) {
            case 'غ', 'ج', 'ق', 'ك', 'گ', 'ڨ', 'ڭ':
                return G_CLASS;
            case 'ڤ':
                return 'ف';
            case 'پ':
                return 'ب';
            default:
                return c;
        }
    }

    static boolean isLongVowel(char c) {
        return c == 'ا' || c == 'و' || c == 'ي';
    }

    /** The folded word and, as alternatives, the word without each proclitic, shortest prefix first. */
    public static List<String> cores(String folded) {
        List<String> cores = new ArrayList<>(3);
        for (int p : procliticLengths(folded)) {
            cores.add(folded.substring(p));
        }
        return cores;
    }

    /**
     * Lengths of the prefixes of {@code folded} that could be proclitics, 0 first, each leaving at least two
     * letters: the shortest name a proclitic may go onto (ProcliticMatcher's three letters) minus the
     * article's alef that ل swallows (للبنتاغون = ل + لبنتاغون).
     */
    static int[] procliticLengths(String folded) {
        int[] found = new int[MAX_PROCLITIC + 1];
        int n = 1;
        for (int p = 1; p <= MAX_PROCLITIC && folded.length() - p >= 2; p++) {
            // ل before a written article is not a proclitic (لالبيت is not ل + البيت): ProcliticMatcher's rule.
            boolean lamBeforeArticle = folded.charAt(p - 1) == 'ل' && folded.startsWith("ال", p);
            if (!lamBeforeArticle && isProclitic(folded, p)) {
                found[n++] = p;
            }
        }
        return n == found.length ? found : java.util.Arrays.copyOf(found, n);
    }

    /** Whether the first {@code length} chars of {@code word} are و/ف, then ب/ك (+ال), ال, ل or لل. */
    static boolean isProclitic(String word, int length) {
        int start = 0;
        char first = word.charAt(0);
        if (first == 'و' || first == 'ف') {
            start = 1;
        }
        return AFTER_CONJUNCTION.contains(word.substring(start, length)) && length > 0;
    }

    /** True when the two strings have the same length and differ in exactly one char. */
    public static boolean oneSubstitution(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length() && differences < 2; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }

    /**
     * Whether folded {@code word} is a spelling of folded name {@code form}: the same letters up to the
     * class of g (جانتس/غانتس), or with one long vowel more or less (نتانياهو/نتنياهو) in a name of five
     * letters or more, not counting its article. Same first letter, same last letter. A shared skeleton alone
     * is too loose on real text: it pairs العراقي with الأعرجي (a vowel moved), كما with كوما, مجال with
     * مايكل.
     */
    public static boolean isSpellingVariant(String word, String form) {
        if (word.equals(form)) {
            return true;
        }
        if (word.isEmpty() || form.isEmpty() || letterClass(word.charAt(0)) != letterClass(form.charAt(0))
                || letterClass(word.charAt(word.length() - 1)) != letterClass(form.charAt(form.length() - 1))) {
            return false;
        }
        if (word.length() == form.length()) {
            return sameByClass(word, 0, form, 0, form.length());
        }
        if (Math.abs(word.length() - form.length()) != 1 || stemLength(form) < MIN_VOWEL_EDIT_STEM) {
            return false;
        }
        String longer = word.length() > form.length() ? word : form;
        String shorter = longer == word ? form : word;
        for (int i = 0; i < longer.length() - 1; i++) {
            if (isLongVowel(longer.charAt(i)) && sameByClass(longer, 0, shorter, 0, i)
                    && sameByClass(longer, i + 1, shorter, i, shorter.length() - i)) {
                return true;
            }
        }
        return false;
    }

    private static final int MIN_VOWEL_EDIT_STEM = 5;

    private static int stemLength(String form) {
        return form.startsWith("ال") ? form.length() - 2 : form.length();
    }

    private static boolean sameByClass(String a, int aFrom, String b, int bFrom, int length) {
        for (int k = 0; k < length; k++) {
            if (letterClass(a.charAt(aFrom + k)) != letterClass(b.charAt(bFrom + k))) {
                return false;
            }
        }
        return true;
    }

    /** Letters and digits of a folded word: the length rules count these, not marks or joiners. */
    static int letterCount(String folded) {
        return (int) folded.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
