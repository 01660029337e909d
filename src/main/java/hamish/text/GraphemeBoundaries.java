package hamish.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import hamish.model.Span;
import java.util.Optional;

/**
 * Where a span of a document may start and end: never inside a character as the reader sees it.
 *
 * <p>Two rules, because the places offsets enter differ in what they can afford to know. The
 * <em>code point</em> rule (never between the two halves of a surrogate pair) is what keeps the text
 * valid Unicode: a quote holding half an emoji cannot be written as UTF-8, so SQLite stores it as
 * {@code ?} and every export of the document breaks. It costs two char looks, so the store applies it
 * to every write ({@link #codePointProblem}). The <em>grapheme</em> rule (ICU extended grapheme
 * clusters) also keeps a letter with its harakat, an emoji ZWJ sequence, a flag's two regional
 * indicators and an emoji with its skin tone together; it is what the window and {@code annotate}
 * apply, since a span that cuts a shadda off its letter shows as a highlight no one can see the edge of.
 *
 * <p>One instance answers grapheme questions about one text, reusing its break iterator; it is not
 * thread-safe. The code point questions are static.
 */
public final class GraphemeBoundaries {

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private final String text;
    private BreakIterator clusters;

    public GraphemeBoundaries(String text) {
        this.text = text;
    }

    /** Whether {@code offset} does not fall between the halves of a surrogate pair (the ends of the text are boundaries). */
    public static boolean isCodePointBoundary(String text, int offset) {
        TextChars.checkOffset(text, offset);
        return offset == 0 || offset == text.length()
                || !(Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset)));
    }

    /** The offset of the first half of a surrogate pair that has no other half in {@code text}, or -1 when there is none. */
    public static int firstLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Why {@code span} cannot be stored under the code point rule ("start offset 6 falls inside the
     * character 😀 …"), or empty when both ends are code point boundaries. The span must lie in the text.
     */
    public static Optional<String> codePointProblem(String text, Span span) {
        TextChars.checkSpan(text, span);
        for (int i = 0; i < 2; i++) {
            int offset = i == 0 ? span.start() : span.end();
            if (!isCodePointBoundary(text, offset)) {
                Span pair = new Span(offset - 1, offset + 1);
                return Optional.of((i == 0 ? "start" : "end") + " offset " + describeCut(text, offset, pair));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code offset} is between two grapheme clusters (or at an end of the text). */
    public boolean isGraphemeBoundary(int offset) {
        TextChars.checkOffset(text, offset);
        return clusters().isBoundary(offset);
    }

    /** {@code offset}, or the start of the grapheme cluster it falls inside. */
    public int graphemeStartAtOrBefore(int offset) {
        return isGraphemeBoundary(offset) ? offset : clusters().preceding(offset);
    }

    /** {@code offset}, or the end of the grapheme cluster it falls inside. */
    public int graphemeEndAtOrAfter(int offset) {
        return isGraphemeBoundary(offset) ? offset : clusters().following(offset);
    }

    /** The grapheme cluster {@code offset} falls inside of, or an empty span at it when it is a boundary. */
    public Span graphemeAround(int offset) {
        return new Span(graphemeStartAtOrBefore(offset), graphemeEndAtOrAfter(offset));
    }

    /** {@code span} grown to whole grapheme clusters: its start moves back and its end forward, when inside one. */
    public Span snapOutward(Span span) {
        TextChars.checkSpan(text, span);
        return new Span(graphemeStartAtOrBefore(span.start()), graphemeEndAtOrAfter(span.end()));
    }

    /**
     * Why {@code span} cuts a character as the reader sees it (naming the offset, the character, why its
     * parts belong together and the two boundaries to use instead), or empty when both ends are grapheme
     * boundaries. The span must lie in the text.
     */
    public Optional<String> graphemeProblem(Span span) {
        TextChars.checkSpan(text, span);
        for (int i = 0; i < 2; i++) {
            int offset = i == 0 ? span.start() : span.end();
            if (!isGraphemeBoundary(offset)) {
                return Optional.of((i == 0 ? "start" : "end") + " offset " + describeCut(text, offset, graphemeAround(offset)));
            }
        }
        return Optional.empty();
    }

    /** "6 falls inside the character 😀 (U+1F600, chars 5–7) …; use 5 or 7". */
    private static String describeCut(String text, int offset, Span character) {
        String chars = character.of(text);
        StringBuilder codes = new StringBuilder();
        chars.codePoints().limit(8).forEach(cp -> codes.append(codes.length() == 0 ? "" : " ").append(String.format("U+%04X", cp)));
        if (chars.codePointCount(0, chars.length()) > 8) {
            codes.append(" …");
        }
        return offset + " falls inside the character " + chars + " (" + codes + ", chars " + character.start() + "–"
                + character.end() + ")" + why(chars) + "; use " + character.start() + " or " + character.end();
    }

    /** Why the parts of {@code character} go together, in words a user recognises; empty for a plain surrogate pair. */
    private static String why(String character) {
        int[] cps = character.codePoints().toArray();
        StringBuilder marks = new StringBuilder();
        for (int cp : cps) {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                marks.append(marks.length() == 0 ? "" : ", ").append(UCharacter.getName(cp));
            }
        }
        if (character.codePoints().anyMatch(cp -> cp == ZERO_WIDTH_JOINER)) {
            return ": an emoji sequence joined by ZERO WIDTH JOINER is one character and cannot be split";
        }
        if (cps.length == 2 && UCharacter.hasBinaryProperty(cps[0], UProperty.REGIONAL_INDICATOR)) {
            return ": the two regional indicators of a flag are one character and cannot be split";
        }
        if (cps.length > 1 && UCharacter.hasBinaryProperty(cps[1], UProperty.EMOJI_MODIFIER)) {
            return ": an emoji and its skin tone are one character and cannot be split";
        }
        if (marks.length() > 0 && cps.length > 1) {
            return ": a letter and its harakat or other combining marks (" + marks + ") are one character and cannot be split";
        }
        return "";
    }

    private BreakIterator clusters() {
        if (clusters == null) {
            clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
            clusters.setText(text);
        }
        return clusters;
    }
}
