package hamish.ui.reader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The shaped widths of words in one font, shared by every reader and safe on any thread. Measuring a
 * word lays out a {@code Text}, and the words of the first screens of a fresh article were most of a
 * first open's line breaking on the FX thread: {@link ReaderText#of} measures them on a background
 * thread (a {@code Text} in no scene may be used on any thread; JavaFX's layout cache is synchronised),
 * and the FX thread's {@link LineBreaker} then finds them here. A font's map grows with the words of
 * every article read in it, as each reader's own map did before (a few MB for thousands of articles).
 */
final class WordWidths {

    /** Fonts kept: the reader's size and a few zoom steps around it. */
    private static final int FONTS = 4;
    private static final Map<Font, WordWidths> BY_FONT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Font, WordWidths> eldest) {
            return size() > FONTS;
        }
    };
    private static volatile Font lastUsed;

    private final Font font;
    private final Map<String, Double> widths = new ConcurrentHashMap<>();
    // One scratch text per thread: a Text itself is not safe to share.
    private final ThreadLocal<Text> scratch;

    private WordWidths(Font font) {
        this.font = font;
        this.scratch = ThreadLocal.withInitial(() -> {
            Text t = new Text();
            t.setFont(font);
            return t;
        });
    }

    /** The widths of {@code font}; it becomes the font background preparation measures in ({@link #forReaders}). */
    static WordWidths of(Font font) {
        lastUsed = font;
        synchronized (BY_FONT) {
            return BY_FONT.computeIfAbsent(font, WordWidths::new);
        }
    }

    /** The widths in the font a reader used last (zoom changes it), or null before any reader existed. */
    static WordWidths forReaders() {
        Font font = lastUsed;
        if (font == null) {
            return null;
        }
        synchronized (BY_FONT) {
            return BY_FONT.computeIfAbsent(font, WordWidths::new);
        }
    }

    Font font() {
        return font;
    }

    /** The width of {@code s} shaped as one run. */
    double width(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        Double cached = widths.get(s);
        if (cached == null) {
            cached = measure(s);
            widths.put(s, cached);
        }
        return cached;
    }

    /**
     * Measures the space-separated words of {@code paragraph} not measured yet, while {@code goOn} says so;
     * false when it stopped before the end.
     */
    boolean measureWords(String paragraph, BooleanSupplier goOn) {
        int start = 0;
        while (start <= paragraph.length()) {
            if (!goOn.getAsBoolean()) {
                return false;
            }
            int space = paragraph.indexOf(' ', start);
            int end = space < 0 ? paragraph.length() : space;
            width(paragraph.substring(start, end));
            if (space < 0) {
                return true;
            }
            start = space + 1;
        }
        return true;
    }

    private double measure(String s) {
        Text t = scratch.get();
        t.setText(s);
        return t.getLayoutBounds().getWidth();
    }
}
