package hamish.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which field of a dataset row holds each part of an article. A field the user maps ({@code text=content}) is
 * taken as given; an unmapped part is looked for under the names crawlers and archives commonly use (text:
 * content, text, body, article …; outlet: source, outlet, publisher …; date: date, published, date_extracted …).
 * Names are matched without regard to case, spaces, dashes or underscores.
 */
public final class DatasetFields {

    /** The parts of an article a dataset row can give. */
    public enum Part {
        TITLE, TEXT, OUTLET, DATE, URL, AUTHOR;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Map<Part, List<String>> USUAL = Map.of(
            Part.TITLE, List.of("title", "headline", "heading", "العنوان"),
            Part.TEXT, List.of("content", "text", "body", "article", "articlebody", "fulltext", "maintext", "story", "النص", "المحتوى"),
            Part.OUTLET, List.of("source", "outlet", "publisher", "site", "sitename", "newspaper", "media", "domain", "المصدر"),
            Part.DATE, List.of("date", "published", "publishedat", "publishdate", "datepublished", "pubdate", "datetime",
                    "dateextracted", "created", "time", "التاريخ"),
            Part.URL, List.of("url", "link", "href", "permalink", "sourceurl", "الرابط"),
            Part.AUTHOR, List.of("author", "authors", "byline", "writer", "creator", "الكاتب"));

    private final Map<Part, String> chosen;
    // False when every part was chosen, "none" included (the window's mapping): no usual name overrides a "none".
    private final boolean usualForRest;

    private DatasetFields(Map<Part, String> chosen, boolean usualForRest) {
        this.chosen = chosen;
        this.usualForRest = usualForRest;
    }

    /** The usual names only. */
    public static DatasetFields usual() {
        return new DatasetFields(Map.of(), true);
    }

    /**
     * Exactly the fields given: a part left out has no field, even when a field of its usual name exists (the
     * user chose "none" for it). Refused when a field is blank.
     */
    public static DatasetFields exactly(Map<Part, String> fieldOf) {
        Map<Part, String> chosen = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            String field = fieldOf.get(part);
            if (field != null) {
                if (field.isBlank()) {
                    throw new IllegalArgumentException(part.key() + " has a blank field name");
                }
                chosen.put(part, field);
            }
        }
        return new DatasetFields(Collections.unmodifiableMap(chosen), false);
    }

    /**
     * A mapping as typed on the command line: {@code text=content,outlet=source,date=date_extracted}. Refused
     * with the reason when a part is unknown, named twice or has no field.
     */
    public static DatasetFields parse(String mapping) {
        Map<Part, String> chosen = new LinkedHashMap<>();
        if (mapping == null || mapping.isBlank()) {
            return usual();
        }
        for (String pair : mapping.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("\"" + pair.strip() + "\" is not PART=FIELD (e.g. text=content)");
            }
            String partName = pair.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            Part part;
            try {
                part = Part.valueOf(partName);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown part \"" + pair.substring(0, eq).strip()
                        + "\" (parts: title, text, outlet, date, url, author)", e);
            }
            if (chosen.put(part, pair.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException(part.key() + " is mapped twice");
            }
        }
        return new DatasetFields(Collections.unmodifiableMap(chosen), true);
    }

    /** For each part, the row field that holds it in a dataset whose rows have {@code fieldNames}; a part may have none. */
    public Map<Part, String> resolve(Set<String> fieldNames) {
        Map<Part, String> resolved = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            String mapped = chosen.get(part);
            if (mapped != null) {
                resolved.put(part, mapped);
                continue;
            }
            if (usualForRest) {
                usualField(part, fieldNames).ifPresent(f -> resolved.put(part, f));
            }
        }
        return resolved;
    }

    /** Whether the user named a field for this part (a missing mapped field is every row's problem, not just absent). */
    public boolean mapped(Part part) {
        return chosen.containsKey(part);
    }

    private static Optional<String> usualField(Part part, Set<String> fieldNames) {
        List<String> names = new ArrayList<>(fieldNames);
        for (String usual : USUAL.get(part)) {
            for (String field : names) {
                if (squeeze(field).equals(usual)) {
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }

    private static String squeeze(String field) {
        return field.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }
}
