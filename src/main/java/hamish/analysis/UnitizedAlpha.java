package hamish.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Krippendorff's unitised alpha (α<sub>U</sub>): agreement on where the units of each tag begin and end along a
 * continuum of characters, not only on labels of fixed units (Krippendorff, "Content Analysis", 2004, section 12.4;
 * "On the reliability of unitizing contiguous data", 1995).
 *
 * <p>Per tag, each annotator's continuum is cut into sections: the annotator's units of that tag and the gaps between
 * them. The observed disagreement sums δ² over overlapping sections of two different annotators: two units differ by
 * the squares of their starts' and ends' distances; a unit lying wholly inside the other's gap counts its length
 * squared; anything else counts nothing. It is divided by m(m − 1)L². The expected disagreement is what the same
 * sections would give placed at random: (2/L) Σ over units of [(N − 1)(2l³ − 3l² + l)/3 + l² Σ over gaps at least
 * as long (l<sub>gap</sub> − l + 1)], over mL(mL − 1) − Σ l(l − 1), with N the number of units of that tag. This is
 * Krippendorff's 2004 form; his 1995 paper's expected term had a sign slip that the 2004 book corrects.
 * α<sub>U</sub> per tag is 1 − D<sub>o</sub>/D<sub>e</sub>; over all tags, 1 − ΣD<sub>o</sub>/ΣD<sub>e</sub>.
 *
 * <p>The measure assumes an annotator's units of one tag do not overlap; where one annotator's spans of a tag
 * overlap, their union is taken as one unit and counted in {@link #mergedSpans()}. Abutting spans stay two units.
 */
public record UnitizedAlpha(Map<String, Category> perTag, double observedDisagreement, double expectedDisagreement,
        int mergedSpans) {

    /** One tag's figures. */
    public record Category(double observedDisagreement, double expectedDisagreement, int units) {

        public double alpha() {
            return expectedDisagreement > 0 ? 1 - observedDisagreement / expectedDisagreement : Double.NaN;
        }
    }

    public UnitizedAlpha {
        perTag = Map.copyOf(perTag);
    }

    /** α<sub>U</sub> over all tags; NaN when no tag has any expected disagreement. */
    public double alpha() {
        return expectedDisagreement > 0 ? 1 - observedDisagreement / expectedDisagreement : Double.NaN;
    }

    /** Tags in name order, for reports. */
    public List<String> tags() {
        return new ArrayList<>(new TreeSet<>(perTag.keySet()));
    }

    /**
     * α<sub>U</sub> of {@code annotators} (each one's spans, any tags) on a continuum {@code [begin, end)}; every span
     * must lie inside it. Empty spans are not units and are ignored.
     */
    public static UnitizedAlpha of(long begin, long end, List<List<TaggedSpan>> annotators) {
        Objects.requireNonNull(annotators, "annotators");
        if (annotators.size() < 2) {
            throw new IllegalArgumentException("unitised alpha needs two or more annotators, not " + annotators.size());
        }
        if (end <= begin) {
            throw new IllegalArgumentException("empty continuum [" + begin + ", " + end + ")");
        }
        TreeSet<String> tags = new TreeSet<>();
        for (List<TaggedSpan> spans : annotators) {
            for (TaggedSpan s : spans) {
                if (s.start() < begin || s.end() > end) {
                    throw new IllegalArgumentException("span " + s.start() + "–" + s.end() + " lies outside [" + begin + ", " + end + ")");
                }
                if (s.end() > s.start()) {
                    tags.add(s.tag());
                }
            }
        }
        Map<String, Category> perTag = new LinkedHashMap<>();
        double observed = 0;
        double expected = 0;
        int merged = 0;
        for (String tag : tags) {
            List<Sections> continua = new ArrayList<>();
            for (List<TaggedSpan> spans : annotators) {
                Sections s = Sections.of(begin, end, spans, tag);
                merged += s.merged();
                continua.add(s);
            }
            Category c = category(continua, end - begin);
            perTag.put(tag, c);
            observed += c.observedDisagreement();
            expected += c.expectedDisagreement();
        }
        return new UnitizedAlpha(perTag, observed, expected, merged);
    }

    private static Category category(List<Sections> continua, long length) {
        double m = continua.size();
        double l = length;
        double observedSum = 0;
        for (int i = 0; i < continua.size(); i++) {
            for (int j = i + 1; j < continua.size(); j++) {
                observedSum += 2 * continua.get(i).disagreementWith(continua.get(j)); // δ² is symmetric: (i, j) and (j, i)
            }
        }
        List<Long> units = new ArrayList<>();
        List<Long> gaps = new ArrayList<>();
        for (Sections s : continua) {
            s.collectLengths(units, gaps);
        }
        double expected = expectedDisagreement(units, gaps, m, l);
        return new Category(observedSum / (m * (m - 1) * l * l), expected, units.size());
    }

    private static double expectedDisagreement(List<Long> units, List<Long> gaps, double m, double length) {
        long[] sortedGaps = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        double[] tailSums = new double[sortedGaps.length + 1]; // tailSums[k] = Σ of sortedGaps[k..]
        for (int k = sortedGaps.length - 1; k >= 0; k--) {
            tailSums[k] = tailSums[k + 1] + sortedGaps[k];
        }
        double n = units.size();
        double numerator = 0;
        double withinUnits = 0;
        for (long unit : units) {
            double l = unit;
            int first = firstAtLeast(sortedGaps, unit);
            double longEnough = sortedGaps.length - first;
            double placesInGaps = tailSums[first] - (l - 1) * longEnough; // Σ (l_gap − l + 1) over gaps ≥ l
            numerator += (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * placesInGaps;
            withinUnits += l * (l - 1);
        }
        double pairs = m * length * (m * length - 1) - withinUnits;
        return pairs > 0 ? (2 / length) * numerator / pairs : 0;
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }

    /** One annotator's continuum for one tag, cut into units and gaps that together cover it in order. */
    private record Sections(long[] starts, long[] ends, boolean[] unit, int merged) {

        static Sections of(long begin, long end, List<TaggedSpan> spans, String tag) {
            List<TaggedSpan> ofTag = spans.stream()
                    .filter(s -> s.tag().equals(tag) && s.end() > s.start())
                    .sorted(Comparator.comparingInt(TaggedSpan::start).thenComparingInt(TaggedSpan::end))
                    .toList();
            List<long[]> units = new ArrayList<>();
            int merged = 0;
            for (TaggedSpan s : ofTag) {
                long[] last = units.isEmpty() ? null : units.get(units.size() - 1);
                if (last != null && s.start() < last[1]) {
                    last[1] = Math.max(last[1], s.end());
                    merged++;
                } else {
                    units.add(new long[] {s.start(), s.end()});
                }
            }
            List<long[]> sections = new ArrayList<>();
            List<Boolean> isUnit = new ArrayList<>();
            long at = begin;
            for (long[] u : units) {
                if (u[0] > at) {
                    sections.add(new long[] {at, u[0]});
                    isUnit.add(false);
                }
                sections.add(u);
                isUnit.add(true);
                at = u[1];
            }
            if (at < end) {
                sections.add(new long[] {at, end});
                isUnit.add(false);
            }
            long[] starts = new long[sections.size()];
            long[] ends = new long[sections.size()];
            boolean[] unit = new boolean[sections.size()];
            for (int k = 0; k < sections.size(); k++) {
                starts[k] = sections.get(k)[0];
                ends[k] = sections.get(k)[1];
                unit[k] = isUnit.get(k);
            }
            return new Sections(starts, ends, unit, merged);
        }

        /** Σ δ² over every overlapping pair of a section of this and one of {@code other}, walked side by side. */
        double disagreementWith(Sections other) {
            double sum = 0;
            int p = 0;
            int q = 0;
            while (p < starts.length && q < other.starts.length) {
                sum += distance(p, other, q);
                long endHere = ends[p];
                long endThere = other.ends[q];
                if (endHere <= endThere) {
                    p++;
                }
                if (endThere <= endHere) {
                    q++;
                }
            }
            return sum;
        }

        private double distance(int p, Sections other, int q) {
            long b1 = starts[p];
            long e1 = ends[p];
            long b2 = other.starts[q];
            long e2 = other.ends[q];
            if (unit[p] && other.unit[q]) {
                double db = b1 - b2;
                double de = e1 - e2;
                return db * db + de * de;
            }
            if (unit[p] && !other.unit[q] && b2 <= b1 && e1 <= e2) {
                double l = e1 - b1;
                return l * l;
            }
            if (!unit[p] && other.unit[q] && b1 <= b2 && e2 <= e1) {
                double l = e2 - b2;
                return l * l;
            }
            return 0;
        }

        void collectLengths(List<Long> units, List<Long> gaps) {
            for (int k = 0; k < starts.length; k++) {
                (unit[k] ? units : gaps).add(ends[k] - starts[k]);
            }
        }
    }
}
