package hamish.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The content words of a sentence as comparison keys: folded, function words and reporting verbs dropped,
 * and a proclitic removed when what remains is itself a word of the vocabulary (the words of the texts
 * being compared): بوزير → وزير and لإسرائيل → إسرائيل because وزير and إسرائيل occur on their own, while
 * وزير stays وزير (there is no زير) and بلينكن stays بلينكن. Stripping by a list alone would cut names
 * and give the same word two keys.
 */
final class ContentWords {

    private static final Set<String> STOP_WORDS = Set.of(
            "في", "من", "علي", "الي", "عن", "ان", "انه", "انها", "اننا", "انهم", "التي", "الذي", "الذين", "اللذين",
            "اللتين", "ما", "لا", "لم", "لن", "قد", "لقد", "كان", "كانت", "يكون", "تكون", "هو", "هي", "هم", "هما", "نحن",
            "انا", "هذا", "هذه", "ذلك", "تلك", "هناك", "مع", "بين", "حتي", "ثم", "او", "ام", "كل", "بعد", "قبل", "عند",
            "منذ", "خلال", "ضد", "حول", "غير", "بل", "لكن", "ايضا", "كما", "فيما", "اذا", "اي", "عليه", "عليها", "فيه",
            "فيها", "منه", "منها", "له", "لها", "لهم", "به", "بها", "عنه", "عنها", "اليه", "لدي", "امام", "نحو", "مثل",
            "اما", "الا", "لان", "كي", "حيث", "دون", "ذات", "يوم", "اليوم", "امس", "قال", "قالت", "يقول", "اكد", "اكدت",
            "اضاف", "اضافت", "اوضح", "اشار", "ذكر", "ذكرت", "نقلت", "مضيفا", "مؤكدا", "مشيرا", "متابعا", "وفق", "حسب",
            "بحسب", "جانبه", "بدوره", "فقد", "وقد", "تم", "يتم", "عام", "عاما");
    private static final int MIN_CORE = 3;

    private ContentWords() {
    }

    static Set<String> of(String sentence, Set<String> vocabulary) {
        Set<String> words = new LinkedHashSet<>();
        for (Token token : WordTokenizer.tokenize(sentence)) {
            String key = key(ArabicNormalizer.fold(token.text()), vocabulary);
            if (key != null) {
                words.add(key);
            }
        }
        return words;
    }

    /** The folded words of {@code sentence}, for building a vocabulary. */
    static void addWords(String sentence, Set<String> vocabulary) {
        for (Token token : WordTokenizer.tokenize(sentence)) {
            vocabulary.add(ArabicNormalizer.fold(token.text()));
        }
    }

    /** The comparison key of a folded word, or null for a function word. */
    static String key(String folded, Set<String> vocabulary) {
        if (STOP_WORDS.contains(folded)) {
            return null;
        }
        int[] prefixes = NameKeys.procliticLengths(folded);
        String core = folded;
        for (int k = prefixes.length - 1; k > 0; k--) {
            String rest = folded.substring(prefixes[k]);
            if (NameKeys.letterCount(rest) >= MIN_CORE && vocabulary.contains(rest)) {
                core = rest;
                break;
            }
        }
        if (STOP_WORDS.contains(core) || core.length() < 2 && !Character.isDigit(core.charAt(0))) {
            return null;
        }
        return core;
    }
}
