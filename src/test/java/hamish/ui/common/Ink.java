package hamish.ui.common;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The ink of a snapshot as a mask over its bounding box: every pixel that differs clearly from the snapshot's
 * background, so dark text on a light ground and light text on a dark one (a tooltip, a selected row) both count.
 */
record Ink(int width, int height, boolean[] mask) {

    static Ink of(WritableImage image) {
        return of(image, Color.WHITE);
    }

    static Ink of(WritableImage image, Color background) {
        PixelReader r = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int x0 = w;
        int x1 = -1;
        int y0 = h;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ink(r.getColor(x, y), background)) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return new Ink(0, 0, new boolean[0]);
        }
        int cw = x1 - x0 + 1;
        int ch = y1 - y0 + 1;
        boolean[] mask = new boolean[cw * ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                mask[y * cw + x] = ink(r.getColor(x0 + x, y0 + y), background);
            }
        }
        return new Ink(cw, ch, mask);
    }

    private static boolean ink(Color c, Color background) {
        return Math.abs(luminance(c) - luminance(background)) > 0.3;
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    /** Same size within a pixel and at least 98 % of the pixels alike: the same glyphs in the same places. */
    boolean sameAs(Ink other) {
        return width > 0 && Math.abs(width - other.width) <= 1 && Math.abs(height - other.height) <= 1 && agreement(other) >= 0.98
                && rightPartAgreement(other, 1) >= 0.98;
    }

    double agreement(Ink other) {
        int w = Math.min(width, other.width);
        int h = Math.min(height, other.height);
        int alike = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                alike += mask[y * width + x] == other.mask[y * other.width + x] ? 1 : 0;
            }
        }
        return w * h == 0 ? 0 : (double) alike / (w * h);
    }

    /** Agreement over the rightmost {@code fraction} of the narrower ink, the two aligned at their right edges. */
    double rightPartAgreement(Ink other, double fraction) {
        int w = (int) (Math.min(width, other.width) * fraction);
        int h = Math.min(height, other.height);
        int alike = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 1; x <= w; x++) {
                alike += mask[y * width + width - x] == other.mask[y * other.width + other.width - x] ? 1 : 0;
            }
        }
        return w * h == 0 ? 0 : (double) alike / (w * h);
    }

    String difference(Ink other) {
        return String.format(java.util.Locale.ROOT, "ink %dx%d against %dx%d, %.1f %% of pixels alike", width, height, other.width,
                other.height, 100 * agreement(other));
    }

    /**
     * The share of ink pixels of either mask with no ink of the other within one pixel, the two aligned at their
     * right edges: glyphs drawn a fraction of a pixel apart differ in many single pixels but in none by two.
     */
    double strayInk(Ink other) {
        int stray = 0;
        int ink = 0;
        for (int pass = 0; pass < 2; pass++) {
            Ink a = pass == 0 ? this : other;
            Ink b = pass == 0 ? other : this;
            for (int y = 0; y < a.height; y++) {
                for (int x = 0; x < a.width; x++) {
                    if (a.mask[y * a.width + x]) {
                        ink++;
                        if (!b.inkNear(x - a.width + b.width, y)) {
                            stray++;
                        }
                    }
                }
            }
        }
        return ink == 0 ? 1 : (double) stray / ink;
    }

    private boolean inkNear(int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && py >= 0 && px < width && py < height && mask[py * width + px]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rightmost {@code fraction} of the ink's width (where a right-to-left line starts). */
    Ink rightPart(double fraction) {
        int w = Math.max(1, (int) (width * fraction));
        boolean[] part = new boolean[w * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(mask, y * width + width - w, part, y * w, w);
        }
        return new Ink(w, height, part);
    }
}
