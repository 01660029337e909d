package hamish.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The words ICU's word breaker gives, found without it for text in the scripts news is written in.
 *
 * <p>Why: corpus search re-checks 20–40 whole articles per page, and ICU's rule-driven iterator was most of
 * that time. For Arabic, Latin, digits, spaces and ordinary punctuation the UAX #29 rules ICU follows
 * reduce to a few: letters and digits run together (WB5, WB8–WB10); a letter-mid char (: . ' ’) joins two
 * letters, a number-mid char (, ; ، ٬ . ') two numbers (WB6/7, WB11/12); marks and format controls belong
 * to the char before them (WB4) except at the start of the text or a line; spaces run together (WB3d);
 * CR LF stays one (WB3); every other pair breaks. Each char's class comes from ICU's own Word_Break
 * property, so the data is the same as the breaker's. A char whose class takes other rules (kana,
 * Hebrew, Han and the scripts ICU cuts with a dictionary, emoji, regional indicators, underscore-like
 * connectors, anything beyond {@value #TABLE_SIZE}) makes {@link #tokenize} answer null, and the caller
 * asks ICU. WordTokenizerEquivalenceTest holds the two to the same tokens on real news and random text.
 */
final class SimpleWordBreaks {

    private static final int TABLE_SIZE = 0x2E80;

    private static final byte UNHANDLED = 0;
    private static final byte LETTER = 1;
    private static final byte NUMBER = 2;
    private static final byte MARK = 3;
    private static final byte MID_LETTER = 4;
    private static final byte MID_NUMBER = 5;
    private static final byte MID_BOTH = 6;
    private static final byte SPACE = 7;
    private static final byte CR = 8;
    private static final byte NEWLINE = 9;
    private static final byte OTHER = 10;

    private static final byte[] CLASSES = classes();

    private SimpleWordBreaks() {
    }

    /** The word tokens inside {@code region} (offsets into the whole text), or null when the region holds a char this class does not handle. */
    static List<Token> tokenize(String text, Span region) {
        int from = region.start();
        int to = region.end();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= TABLE_SIZE || CLASSES[c] == UNHANDLED) {
                return null;
            }
        }
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            int start = i;
            byte first = CLASSES[text.charAt(i)];
            i = afterElement(text, i, to);
            if (first == LETTER || first == NUMBER) {
                i = endOfWord(text, i, to, first);
                if (hasLetterOrDigit(text, start, i)) {
                    tokens.add(new Token(text.substring(start, i), new Span(start, i)));
                }
            } else if (first == SPACE) {
                while (i < to && CLASSES[text.charAt(i)] == SPACE) {
                    i = afterElement(text, i, to);
                }
            }
        }
        return tokens;
    }

    /** The end of the word whose first element ends at {@code i}, its last element being of class {@code last}. */
    private static int endOfWord(String text, int i, int to, byte last) {
        while (i < to) {
            byte next = CLASSES[text.charAt(i)];
            if (next == LETTER || next == NUMBER) {
                last = next;
                i = afterElement(text, i, to);
                continue;
            }
            boolean joinsLetters = last == LETTER && (next == MID_LETTER || next == MID_BOTH);
            boolean joinsNumbers = last == NUMBER && (next == MID_NUMBER || next == MID_BOTH);
            if (!joinsLetters && !joinsNumbers) {
                return i;
            }
            int afterMid = afterElement(text, i, to);
            if (afterMid >= to || CLASSES[text.charAt(afterMid)] != last) {
                return i;
            }
            i = afterElement(text, afterMid, to);
        }
        return i;
    }

    /**
     * Past the char at {@code i} and the marks and format controls that attach to it (WB4): none attach to
     * a line break, and CR takes the LF after it (WB3).
     */
    private static int afterElement(String text, int i, int to) {
        byte cls = CLASSES[text.charAt(i)];
        i++;
        if (cls == CR) {
            return i < to && text.charAt(i) == '\n' ? i + 1 : i;
        }
        if (cls == NEWLINE) {
            return i;
        }
        while (i < to && CLASSES[text.charAt(i)] == MARK) {
            i++;
        }
        return i;
    }

    /** The same test as {@link WordTokenizer}'s: a lone run of tatweel is no word. */
    private static boolean hasLetterOrDigit(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != ArabicNormalizer.TATWEEL && Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] classes() {
        byte[] table = new byte[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            table[c] = classOf(c);
        }
        return table;
    }

    private static byte classOf(int c) {
        if (Character.isSurrogate((char) c) || UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(c, UProperty.IDEOGRAPHIC)
                || UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK) == UCharacter.LineBreak.COMPLEX_CONTEXT) {
            return UNHANDLED; // surrogate halves, emoji, and the chars ICU treats apart from the plain rules
        }
        return switch (UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK)) {
            case UCharacter.WordBreak.ALETTER -> LETTER;
            case UCharacter.WordBreak.NUMERIC -> NUMBER;
            case UCharacter.WordBreak.EXTEND, UCharacter.WordBreak.FORMAT, UCharacter.WordBreak.ZWJ -> MARK;
            case UCharacter.WordBreak.MIDLETTER -> MID_LETTER;
            case UCharacter.WordBreak.MIDNUM -> MID_NUMBER;
            case UCharacter.WordBreak.MIDNUMLET, UCharacter.WordBreak.SINGLE_QUOTE -> MID_BOTH;
            case UCharacter.WordBreak.WSEGSPACE -> SPACE;
            case UCharacter.WordBreak.CR -> CR;
            case UCharacter.WordBreak.LF, UCharacter.WordBreak.NEWLINE -> NEWLINE;
            // Double quote takes rules only next to Hebrew letters, which are unhandled: elsewhere it breaks.
            case UCharacter.WordBreak.OTHER, UCharacter.WordBreak.DOUBLE_QUOTE -> OTHER;
            default -> UNHANDLED;
        };
    }
}
