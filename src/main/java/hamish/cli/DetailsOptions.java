package hamish.cli;

import hamish.app.DocumentDetails;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options that set a document's details, shared by {@code hamish details} and {@code hamish doc set}. */
final class DetailsOptions {

    @Option(names = "--title", paramLabel = "T", description = "the new title (not blank)")
    String title;

    @Option(names = "--outlet", paramLabel = "O", description = "the new outlet (empty clears it)")
    String outlet;

    /** --date and --no-date together would be a contradiction: picocli refuses it as a usage error (exit 2). */
    @ArgGroup(exclusive = true)
    DateChoice date;

    @Option(names = "--url", paramLabel = "U", description = "where the article was published, http(s)://… (empty clears it)")
    String url;

    @Option(names = "--author", paramLabel = "A", description = "who wrote it, as the source names them (empty clears it)")
    String author;

    static final class DateChoice {
        @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "the publication date")
        String value;

        @Option(names = "--no-date", description = "the publication date is unknown: clears it")
        boolean clear;
    }

    /** The fields given; those not given are null, left as they are. */
    DocumentDetails.Request request() {
        String dateRequest = date == null ? null : date.clear ? "" : date.value;
        return new DocumentDetails.Request(title, outlet, dateRequest, url, author);
    }
}
