package hamish.app;

import hamish.app.history.Change;
import hamish.app.history.EditDocumentDetails;
import hamish.app.history.EditHistory;
import hamish.io.ArticleParser;
import hamish.model.Document;
import hamish.store.Stores;
import hamish.text.OneLine;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Setting a document's details, its title, outlet, published date, URL and author: the library's Details… dialog,
 * {@code hamish details} and {@code hamish doc set}. The values are checked and cleaned here, for both; the change is one undoable
 * step of the database's {@link EditHistory}, recorded for the {@link Origin}'s scope.
 *
 * <p>A title is one line wherever it is shown (the library, the window's title bar, {@code hamish list},
 * CSV and brat exports), but pasted headlines often carry line breaks or tabs. So line breaks, tabs and
 * other control characters are not refused: each run of them and of spaces becomes one space, which is
 * what the user meant. Format characters (the direction marks, the zero-width non-joiner) are kept.
 */
public final class DocumentDetails {

    /** What the user asked for; a null field is left as it is, and an empty date clears it. */
    public record Request(String title, String outlet, String date, String url, String author) {

        /** A request that leaves the URL and the author as they are. */
        public Request(String title, String outlet, String date) {
            this(title, outlet, date, null, null);
        }

        /** A request that leaves the author as it is. */
        public Request(String title, String outlet, String date, String url) {
            this(title, outlet, date, url, null);
        }

        /** Every field as a form shows it (the dialog): an empty date clears the date. */
        public static Request of(String title, String outlet, String date) {
            return new Request(title, outlet, date == null ? "" : date);
        }

        /** Every field as a form shows it, the URL too: an empty URL clears it. */
        public static Request of(String title, String outlet, String date, String url) {
            return new Request(title, outlet, date == null ? "" : date, url == null ? "" : url);
        }

        /** Every field as a form shows it, the URL and the author too: empty clears them. */
        public static Request of(String title, String outlet, String date, String url, String author) {
            return new Request(title, outlet, date == null ? "" : date, url == null ? "" : url, author == null ? "" : author);
        }
    }

    /**
     * The request checked and cleaned: {@code title}, {@code outlet}, {@code url} and {@code author} null are
     * left as they are; so is the date unless {@code setDate}.
     */
    public record Checked(String title, String outlet, boolean setDate, LocalDate date, String url, String author) {

        /** {@code d} with these details. */
        public Document applyTo(Document d) {
            Document changed = d;
            if (title != null) {
                changed = changed.withTitle(title);
            }
            if (outlet != null) {
                changed = changed.withOutlet(outlet);
            }
            if (setDate) {
                changed = changed.withPublished(date);
            }
            if (url != null) {
                changed = changed.withUrl(url);
            }
            if (author != null) {
                changed = changed.withAuthor(author);
            }
            return changed;
        }
    }

    /** The document as stored after the change, and the change (nothing, when the details were already so). */
    public record Changed(Document document, Change change) {
    }

    private final Stores stores;
    private final EditHistory history;
    private final Clock clock;

    public DocumentDetails(Stores stores, EditHistory history, Clock clock) {
        this.stores = stores;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Sets the requested details of document {@code documentId} as one step; details already as asked make
     * no step. Throws IllegalArgumentException, naming the document, the field and the value, for a value
     * that cannot be a title, outlet or date, or when the document does not exist.
     */
    public Changed change(Origin origin, long documentId, Request request) {
        Checked checked = check(documentId, request);
        Document now = stores.documents().get(documentId)
                .orElseThrow(() -> new IllegalArgumentException("Document " + documentId + " does not exist."));
        if (checked.applyTo(now).equals(now)) {
            return new Changed(now, Change.none());
        }
        EditDocumentDetails step = new EditDocumentDetails(documentId, checked::applyTo, origin.writer(), clock);
        Change change = history.run(step, origin.scope(), stores);
        return new Changed(step.after(), change);
    }

    /** Checks and cleans a request without touching the database (the dialog checks before it closes). */
    public static Checked check(long documentId, Request request) {
        String title = null;
        if (request.title() != null) {
            title = oneLine(request.title());
            if (title.isEmpty()) {
                throw new IllegalArgumentException("Document " + documentId + ": the title cannot be blank (given: “"
                        + request.title() + "”).");
            }
            if (title.length() > ArticleParser.MAX_TITLE_LENGTH) {
                throw new IllegalArgumentException("Document " + documentId + ": the title “" + title.substring(0, title.offsetByCodePoints(0, 40))
                        + "…” is " + title.length() + " characters long; at most " + ArticleParser.MAX_TITLE_LENGTH + " fit.");
            }
        }
        String outlet = request.outlet() == null ? null : oneLine(request.outlet());
        boolean setDate = request.date() != null;
        LocalDate date = setDate ? date(documentId, request.date()) : null;
        String url = request.url() == null ? null : url(documentId, request.url());
        String author = request.author() == null ? null : oneLine(request.author());
        return new Checked(title, outlet, setDate, date, url, author);
    }

    /** NFC, on one line, stripped ({@link OneLine#of}). */
    static String oneLine(String value) {
        return OneLine.of(value);
    }

    /**
     * A URL as pasted: on one line, without spaces (a space cannot be part of one; a pasted URL broken over
     * lines is joined up again). Only the form is checked, not that the page exists: the user may record a
     * page that is gone. Empty clears it.
     */
    private static String url(long documentId, String value) {
        String v = oneLine(value).replace(" ", "");
        if (v.isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return v;
            }
        } catch (URISyntaxException e) {
            // refused below, with the same message as a URL of another scheme
        }
        throw new IllegalArgumentException("Document " + documentId + ": “" + value
                + "” is not a web address; give one that starts with http:// or https://, such as https://www.example.com/news/1.");
    }

    /** An ISO date (yyyy-MM-dd, Arabic-Indic digits too); blank clears the date (null). */
    private static LocalDate date(long documentId, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(ArticleParser.westernDigits(v), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Document " + documentId + ": the date “" + value
                    + "” is not a date in the form yyyy-MM-dd, such as 2025-03-14.", e);
        }
    }
}
