package hamish.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day from a date as datasets write it: ISO (2015-08-06, 2015-08-06 18:23:17, 2015-08-06T18:23:17Z),
 * slashes or dots day first as Arabic and European sites write them (06/08/2015; a year first is read year, month,
 * day), RFC 1123 (Thu, 06 Aug 2015 18:23:17 GMT), English month names (August 6, 2015; 6 Aug 2015), Arabic month
 * names of one word, Egyptian, Gulf, Levantine and Maghrebi (6 أغسطس 2015, ٦ آب ٢٠١٥, 6 أوت 2015; not the two-word
 * كانون الثاني), and Unix time in seconds or milliseconds.
 * The day is the one written: a time zone never moves it.
 */
public final class NewsDates {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T\\s].*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:\\s.*)?");
    private static final Pattern WORDS = Pattern.compile("(?:[^\\d\\s,]+,?\\s+)?(\\d{1,2})\\s+([^\\d\\s,]+),?\\s+(\\d{4}).*");
    private static final Pattern WORDS_MONTH_FIRST = Pattern.compile("([^\\d\\s,]+)\\s+(\\d{1,2}),?\\s+(\\d{4}).*");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final Map<String, Integer> MONTHS = months();

    private NewsDates() {
    }

    /** The day, or empty when the text is no date in a form known here. */
    public static Optional<LocalDate> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = ArticleParser.westernDigits(raw.strip());
        try {
            Matcher m = YEAR_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if (EPOCH.matcher(s).matches()) {
                long n = Long.parseLong(s);
                Instant t = s.length() > 11 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
                return Optional.of(t.atZone(ZoneOffset.UTC).toLocalDate());
            }
            m = WORDS.matcher(s);
            if (m.matches() && MONTHS.containsKey(key(m.group(2)))) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(key(m.group(2))), Integer.parseInt(m.group(1))));
            }
            m = WORDS_MONTH_FIRST.matcher(s);
            if (m.matches() && MONTHS.containsKey(key(m.group(1)))) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(key(m.group(1))), Integer.parseInt(m.group(2))));
            }
            return rfc1123(s);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 2015-13-45: a date's shape with no such day
        }
    }

    private static Optional<LocalDate> rfc1123(String s) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME)) {
            try {
                return Optional.of(ZonedDateTime.parse(s, f).toLocalDate());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String key(String word) {
        return hamish.text.ArabicNormalizer.fold(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"january", "jan", "يناير", "كانون الثاني", "جانفي"},
                {"february", "feb", "فبراير", "شباط", "فيفري"},
                {"march", "mar", "مارس", "آذار"},
                {"april", "apr", "أبريل", "إبريل", "ابريل", "نيسان", "أفريل"},
                {"may", "مايو", "أيار", "ماي"},
                {"june", "jun", "يونيو", "حزيران", "جوان", "يونيه"},
                {"july", "jul", "يوليو", "تموز", "جويلية", "يوليه"},
                {"august", "aug", "أغسطس", "آب", "أوت"},
                {"september", "sep", "sept", "سبتمبر", "أيلول"},
                {"october", "oct", "أكتوبر", "تشرين الأول"},
                {"november", "nov", "نوفمبر", "تشرين الثاني"},
                {"december", "dec", "ديسمبر", "كانون الأول"}};
        java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                if (!n.contains(" ")) {
                    map.put(key(n), i + 1);
                }
            }
        }
        return Map.copyOf(map);
    }
}
