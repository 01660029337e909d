package hamish.io;

import java.util.Optional;

/**
 * Judges whether a single-byte decoding reads as Arabic, and scores two decodings against each other.
 *
 * <p>windows-1256 and ISO-8859-6 agree only on ء…ض (0xC1–0xD6). Reading one as the other gives
 * recognisable garbage: ISO-8859-6 read as windows-1256 turns و ي ه ق into è ê ç â (Latin letters);
 * windows-1256 read as ISO-8859-6 turns ف ق ك غ into unmapped bytes and ي ى into tanween marks that
 * begin words. The score rewards Arabic letters and punishes exactly those symptoms.
 */
final class ArabicPlausibility {

    /** Share of letters that must be Arabic; articles quote Latin names and programme names, but few. */
    static final double MIN_ARABIC_LETTER_SHARE = 0.6;
    /** Share of visible characters that may be neither Arabic, ASCII nor common punctuation. */
    static final double MAX_ODD_SHARE = 0.02;

    private ArabicPlausibility() {
    }

    static int score(String s) {
        int score = 0;
        int previous = ' ';
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isArabicLetter(cp)) {
                score += 1;
            } else if (isMark(cp) && !isArabicLetter(previous)) {
                score -= 4; // a vowel mark with no letter to sit on
            } else if (isSuspicious(cp) || isLatin1Letter(cp)) {
                score -= 4;
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return score;
    }

    /** Why {@code s} does not read as Arabic text, or empty when it does. */
    static Optional<String> problem(String s) {
        int letters = 0;
        int arabicLetters = 0;
        int visible = 0;
        int odd = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isSuspicious(cp)) {
                return Optional.of(String.format("control or unmapped character U+%04X", cp));
            }
            if (Character.isWhitespace(cp)) {
                continue;
            }
            visible++;
            if (Character.isLetter(cp)) {
                letters++;
                if (isArabicLetter(cp)) {
                    arabicLetters++;
                }
            }
            if (!isOrdinary(cp)) {
                odd++;
            }
        }
        if (arabicLetters == 0 || arabicLetters < MIN_ARABIC_LETTER_SHARE * letters) {
            return Optional.of("only " + arabicLetters + " of " + letters + " letters are Arabic");
        }
        if (odd > MAX_ODD_SHARE * visible) {
            return Optional.of(odd + " of " + visible + " characters are unusual symbols");
        }
        return Optional.empty();
    }

    static boolean isArabicLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    /** Harakat, tanween, shadda, sukun and the dagger alef. */
    private static boolean isMark(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670;
    }

    /** What no decoding of a real text should produce: C0/C1 controls (bar tab and line breaks), U+FFFD. */
    static boolean isSuspicious(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f') {
            return false;
        }
        return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFD;
    }

    private static boolean isLatin1Letter(int cp) {
        return cp >= 0xC0 && cp <= 0xFF;
    }

    private static boolean isOrdinary(int cp) {
        return cp < 0x7F
                || (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F)
                || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)
                || (cp >= 0x2000 && cp <= 0x206F) // general punctuation: “ ” … and bidi marks
                || cp == 0xAB || cp == 0xBB || cp == 0xA0; // « » no-break space
    }
}
