package hamish.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;

/**
 * Where each char of a drawn line lies on screen, read back from the text engine ({@code rangeShape} of one
 * char, in scene coordinates), and the checks that say whether a cut-short title reads right: within a run of
 * Arabic the first logical char is right of the last and each word right of the next; the ellipsis is at the
 * visual end of the line; what is shown is a prefix of the title.
 */
final class VisualOrder {

    private static final double SLACK = 1.0;

    private final String shown;
    private final IntFunction<double[]> charBox;

    private VisualOrder(String shown, IntFunction<double[]> charBox) {
        this.shown = shown;
        this.charBox = charBox;
    }

    static VisualOrder of(ArabicLine line) {
        TextFlow flow = line.flow();
        return new VisualOrder(line.shownText(), i -> box(flow, flow.rangeShape(i, i + 1)));
    }

    /** Every way the line is wrong for {@code title} (empty when right); {@code rtl}: the line's base direction. */
    List<String> problems(String title, boolean rtl) {
        List<String> problems = new ArrayList<>();
        String flat = title.replace('\n', ' ');
        if (!shown.endsWith("…")) {
            problems.add("not cut short: «" + shown + "»");
            return problems;
        }
        String prefix = shown.substring(0, shown.length() - 1);
        if (!flat.startsWith(prefix)) {
            problems.add("«" + prefix + "» is not a prefix of the title");
        }
        double[] ellipsis = charBox.apply(shown.length() - 1);
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.isWhitespace(prefix.charAt(i))) {
                continue;
            }
            double[] b = charBox.apply(i);
            boolean beyond = rtl ? centre(b) < centre(ellipsis) : centre(b) > centre(ellipsis);
            if (beyond) {
                problems.add("the ellipsis is not at the visual end: char " + i + " «" + prefix.charAt(i) + "» lies beyond it");
                break;
            }
        }
        for (List<int[]> run : arabicRuns(prefix)) {
            int first = run.get(0)[0];
            int last = run.get(run.size() - 1)[1] - 1;
            if (run.size() > 1 && !(centre(charBox.apply(first)) > centre(charBox.apply(last)))) {
                problems.add("in «" + prefix.substring(first, last + 1) + "» the first char is not right of the last");
            }
            for (int w = 0; w + 1 < run.size(); w++) {
                double[] a = wordBox(run.get(w));
                double[] b = wordBox(run.get(w + 1));
                if (a[0] < b[1] - SLACK) {
                    problems.add("«" + prefix.substring(run.get(w)[0], run.get(w)[1]) + "» is not right of «"
                            + prefix.substring(run.get(w + 1)[0], run.get(w + 1)[1]) + "»");
                }
            }
        }
        return problems;
    }

    /**
     * Runs of Arabic words that bidi lays out right to left as one: Arabic words separated only by spaces and
     * punctuation; a Latin letter or a digit ends a run. Each word as [start, end).
     */
    static List<List<int[]>> arabicRuns(String s) {
        List<List<int[]>> runs = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (arabic(cp)) {
                int start = i;
                while (i < s.length() && (arabic(s.codePointAt(i)) || mark(s.codePointAt(i)))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                run.add(new int[] {start, i});
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                close(runs, run);
                run = new ArrayList<>();
            }
            i += Character.charCount(cp);
        }
        close(runs, run);
        return runs;
    }

    private static void close(List<List<int[]>> runs, List<int[]> run) {
        if (!run.isEmpty()) {
            runs.add(run);
        }
    }

    private static boolean arabic(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    private static boolean mark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || cp == 0x0640;
    }

    private double[] wordBox(int[] word) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = word[0]; i < word[1]; i++) {
            double[] b = charBox.apply(i);
            min = Math.min(min, b[0]);
            max = Math.max(max, b[1]);
        }
        return new double[] {min, max};
    }

    private static double centre(double[] b) {
        return (b[0] + b[1]) / 2;
    }

    /**
     * [minX, maxX] of a char's shape on screen. In a right-to-left text node {@code rangeShape} measures x from
     * the node's right edge (its start), while {@code localToScene} does not mirror it: seen in snapshots, where
     * char 0 of an Arabic line, at x ≈ 1, is drawn at the right end. So x is turned round here before it is
     * placed in the scene.
     */
    private static double[] box(Node node, PathElement[] shape) {
        Bounds onScreen = node.localToScene(node.getLayoutBounds());
        boolean fromRight = node.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        double width = node.getLayoutBounds().getWidth();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (PathElement e : shape) {
            Double x = e instanceof MoveTo m ? m.getX() : e instanceof LineTo l ? l.getX() : null;
            if (x != null) {
                double visual = onScreen.getMinX() + (fromRight ? width - x : x - node.getLayoutBounds().getMinX());
                min = Math.min(min, visual);
                max = Math.max(max, visual);
            }
        }
        return new double[] {min, max};
    }
}
