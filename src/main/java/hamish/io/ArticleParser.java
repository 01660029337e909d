package hamish.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits canonical article text into metadata and the text to store.
 *
 * <p>An optional header at the very top gives the metadata explicitly:
 * <pre>
 * title: عنوان المقال
 * outlet: اسم الصحيفة
 * date: 2025-03-14
 * language: ar
 * ---
 * </pre>
 * Keys are English and case-insensitive; each is optional; the header ends at a line {@code ---}. The
 * header, and blank lines between it and the body, are not stored. Without a header, the title is the
 * first non-empty line (which stays in the text: analysts annotate headlines too) and the outlet comes
 * from a last line such as {@code المصدر: جو-برس} or {@code Source: X}.
 *
 * <p>Otherwise the stored text is the canonical text unchanged, except that white space at its very end
 * is dropped: a file's final newline is no part of the article, and dropping it keeps the content hash
 * the same whichever editor saved the file. No offset moves, since only the end is cut.
 */
public final class ArticleParser {

    public static final int MAX_TITLE_LENGTH = 300;
    private static final Set<String> KEYS = Set.of("title", "outlet", "date", "language");
    private static final Pattern HEADER_LINE = Pattern.compile("\\s*([A-Za-z]+)\\s*:\\s*(.*?)\\s*");
    private static final Pattern SOURCE_LINE =
            Pattern.compile("\\s*(?:المصدر|source)\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");

    private ArticleParser() {
    }

    public static ParsedArticle parse(String canonicalText, String fileName) {
        Map<String, String> header = new HashMap<>();
        String body = canonicalText;
        int firstLineEnd = lineEnd(canonicalText, 0);
        Matcher first = HEADER_LINE.matcher(canonicalText.substring(0, firstLineEnd));
        if (first.matches() && KEYS.contains(first.group(1).toLowerCase(Locale.ROOT))) {
            body = readHeader(canonicalText, header, fileName);
        }
        body = body.stripTrailing();
        if (body.isBlank()) {
            throw new ImportException(fileName, "there is no article text" + (header.isEmpty() ? "" : " after the metadata header"));
        }
        String title = header.getOrDefault("title", "");
        if (title.isEmpty()) {
            title = firstNonEmptyLine(body);
        }
        String outlet = header.containsKey("outlet") ? header.get("outlet") : outletFromSourceLine(body);
        LocalDate published = header.containsKey("date") ? parseDate(header.get("date"), fileName) : null;
        String language = header.getOrDefault("language", "ar").toLowerCase(Locale.ROOT);
        return new ParsedArticle(limit(title), outlet, published, language, body);
    }

    /** Fills {@code header} and returns the body that follows it. */
    private static String readHeader(String text, Map<String, String> header, String fileName) {
        int pos = 0;
        for (int lineNumber = 1; ; lineNumber++) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            if (line.strip().equals("---")) {
                return text.substring(skipBlankLines(text, Math.min(end + 1, text.length())));
            }
            if (!line.isBlank()) {
                Matcher m = HEADER_LINE.matcher(line);
                String key = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
                if (key == null || !KEYS.contains(key)) {
                    throw new ImportException(fileName, "metadata header line " + lineNumber
                            + " is not 'key: value' with a key among title, outlet, date, language"
                            + " (a header at the top must end with a line ---)");
                }
                if (header.put(key, m.group(2)) != null) {
                    throw new ImportException(fileName, "metadata header gives '" + key + "' twice");
                }
            }
            if (end == text.length()) {
                throw new ImportException(fileName, "the metadata header at the top is not closed by a line ---");
            }
            pos = end + 1;
        }
    }

    private static int skipBlankLines(String text, int from) {
        int pos = from;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (!text.substring(pos, end).isBlank()) {
                return pos;
            }
            pos = Math.min(end + 1, text.length());
        }
        return pos;
    }

    private static LocalDate parseDate(String value, String fileName) {
        try {
            return LocalDate.parse(westernDigits(value));
        } catch (DateTimeParseException e) {
            throw new ImportException(fileName, "metadata header: date '" + value + "' is not a date like 2025-03-14", e);
        }
    }

    /** Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII, so ٢٠٢٥-٠٣-١٤ is a date too (here and where a user types one). */
    public static String westernDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String outletFromSourceLine(String body) {
        String[] lines = body.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher m = SOURCE_LINE.matcher(lines[i]);
            return m.matches() ? EDGE_PUNCTUATION.matcher(m.group(1)).replaceAll("") : "";
        }
        return "";
    }

    private static String firstNonEmptyLine(String body) {
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    private static String limit(String title) {
        String t = title.strip();
        if (t.length() <= MAX_TITLE_LENGTH) {
            return t;
        }
        int cut = Character.isLowSurrogate(t.charAt(MAX_TITLE_LENGTH)) ? MAX_TITLE_LENGTH - 1 : MAX_TITLE_LENGTH;
        return t.substring(0, cut).strip();
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
