package hamish.analysis;

import hamish.model.Document;

/**
 * How the comparison names a document in a column heading (the window's tables, {@code hamish compare},
 * naming.csv and claims.csv) and above its pane. An analyst compares outlets, so a heading is the outlet and
 * date when the outlet is known, and the title otherwise. The document's number always leads: two reports of
 * one outlet on one day, or two with one title, stay tellable apart.
 */
public final class DocumentHeadings {

    private static final String SEPARATOR = " · ";

    private DocumentHeadings() {
    }

    /** "[3] الجزيرة · 2021-06-04", "[3] الجزيرة" without a date, "[3] title" without an outlet. */
    public static String column(Document d) {
        String outlet = d.outlet().strip();
        return "[" + d.id() + "] " + (outlet.isEmpty() ? d.title() : source(d));
    }

    /** The outlet and date as known: "الجزيرة · 2021-06-04", "الجزيرة", "2021-06-04", or "" when neither is. */
    public static String source(Document d) {
        String outlet = d.outlet().strip();
        String date = d.published() == null ? "" : d.published().toString();
        if (outlet.isEmpty() || date.isEmpty()) {
            return outlet + date;
        }
        return outlet + SEPARATOR + date;
    }
}
