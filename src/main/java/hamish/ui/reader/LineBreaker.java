package hamish.ui.reader;

import hamish.ui.common.ArabicFonts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Breaks a paragraph into visual lines itself, because JavaFX must never wrap Arabic on Linux: a
 * {@code Text} wrapped by JavaFX draws its wrapped line past the right edge and repeats words (see
 * PLATFORM.md). The result replaces each break space with {@code '\n'}, so the displayed string has
 * the paragraph's length and every display index is the paragraph offset.
 *
 * <p>Words are shaped independently across a space, so a line's width is the sum of its words'
 * widths plus its spaces; word widths are measured once per font ({@link WordWidths}, shared). A
 * word longer than the whole line stays on its own line and overflows (it is not split, which would
 * break the offset identity).
 */
final class LineBreaker {

    /** Slack for kerning and rounding differences between summed words and the shaped line. */
    static final double SAFETY_MARGIN = 4;
    /** Extra flow width beyond the available width, so a rounding difference never makes JavaFX wrap. */
    static final double SLACK = 16;
    static final double LINE_SPACING = 0.45;
    private static final int CACHED_PARAGRAPHS = 1024;

    private WordWidths wordWidths;
    private final Map<Key, String> broken = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > CACHED_PARAGRAPHS;
        }
    };
    private final Map<Key, Double> heights = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Double> eldest) {
            return size() > CACHED_PARAGRAPHS;
        }
    };
    private final TextFlow scratchFlow = new TextFlow();
    private Font font;
    private double spaceWidth;
    private double firstLineHeight;
    private double lineStep;

    private record Key(String paragraph, double width) {
    }

    LineBreaker(Font font) {
        setFont(font);
    }

    void setFont(Font newFont) {
        if (newFont.equals(font)) {
            return;
        }
        font = newFont;
        wordWidths = WordWidths.of(newFont);
        broken.clear();
        heights.clear();
        scratchFlow.setLineSpacing(lineSpacing());
        // Measured between two isolated letters: a lone space may report no width at all.
        spaceWidth = measure("ب ب") - 2 * measure("ب");
        firstLineHeight = flowHeight("ب");
        lineStep = flowHeight("ب\nب") - firstLineHeight;
    }

    Font font() {
        return font;
    }

    /** The paragraph with the spaces where lines break replaced by {@code '\n'}. */
    String breakLines(String paragraph, double availableWidth) {
        return broken.computeIfAbsent(new Key(paragraph, availableWidth), k -> computeBreaks(paragraph, availableWidth));
    }

    /** Extra space between lines: comfortable for harakat above and below. */
    double lineSpacing() {
        return font.getSize() * LINE_SPACING;
    }

    /** One {@code Text} per font run of the displayed string (see {@link hamish.ui.common.FontCoverage}). */
    List<Text> runs(String shown) {
        List<Text> runs = new ArrayList<>();
        for (String run : ArabicFonts.coverage().runs(shown)) {
            Text t = new Text(run);
            t.setFont(font);
            t.getStyleClass().add("reader-text");
            runs.add(t);
        }
        return runs;
    }

    /**
     * Height of the paragraph broken for {@code availableWidth}, measured on a scratch flow so that
     * asking (the list asks for several widths) never disturbs what a cell shows.
     */
    double height(String paragraph, double availableWidth) {
        return heights.computeIfAbsent(new Key(paragraph, availableWidth), k -> {
            String shown = breakLines(paragraph, availableWidth);
            scratchFlow.getChildren().setAll(runs(shown));
            double h = scratchFlow.prefHeight(availableWidth + SLACK);
            scratchFlow.getChildren().clear();
            return h;
        });
    }

    /**
     * Height of the paragraph from its line count alone, without shaping it: exact while every
     * line is as tall as an Arabic line in this font (fallback fonts for quotes, Latin and digits
     * are shorter). For the list's size estimates of paragraphs that are not shown.
     */
    double estimateHeight(String paragraph, double availableWidth) {
        String shown = breakLines(paragraph, availableWidth);
        int lines = 1;
        for (int i = shown.indexOf('\n'); i >= 0; i = shown.indexOf('\n', i + 1)) {
            lines++;
        }
        return firstLineHeight + (lines - 1) * lineStep;
    }

    private double flowHeight(String s) {
        scratchFlow.getChildren().setAll(runs(s));
        double h = scratchFlow.prefHeight(-1);
        scratchFlow.getChildren().clear();
        return h;
    }

    /** The width of the paragraph's widest space-separated word (a word can be wider than any line). */
    double widestWord(String paragraph) {
        double widest = 0;
        int start = 0;
        while (start <= paragraph.length()) {
            int space = paragraph.indexOf(' ', start);
            int end = space < 0 ? paragraph.length() : space;
            widest = Math.max(widest, wordWidth(paragraph.substring(start, end)));
            if (space < 0) {
                break;
            }
            start = space + 1;
        }
        return widest;
    }

    /** Width of a string as one shaped run in the current font. */
    double measure(String s) {
        return wordWidths.width(s);
    }

    private String computeBreaks(String paragraph, double availableWidth) {
        double limit = availableWidth - SAFETY_MARGIN;
        StringBuilder out = null;
        double lineWidth = 0;
        boolean lineHasWord = false;
        int start = 0;
        int length = paragraph.length();
        while (start <= length) {
            int space = paragraph.indexOf(' ', start);
            int end = space < 0 ? length : space;
            double w = wordWidth(paragraph.substring(start, end));
            if (lineHasWord && lineWidth + spaceWidth + w > limit) {
                if (out == null) {
                    out = new StringBuilder(paragraph);
                }
                out.setCharAt(start - 1, '\n');
                lineWidth = w;
            } else {
                lineWidth += (lineHasWord ? spaceWidth : 0) + w;
                lineHasWord = true;
            }
            if (space < 0) {
                break;
            }
            start = space + 1;
        }
        return out == null ? paragraph : out.toString();
    }

    private double wordWidth(String word) {
        return wordWidths.width(word);
    }
}
