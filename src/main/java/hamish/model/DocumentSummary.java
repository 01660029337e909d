package hamish.model;

import java.time.Instant;
import java.time.LocalDate;

/** A library row: a document without its text, with how many annotations it has. */
public record DocumentSummary(long id, String title, String outlet, LocalDate published, Instant importedAt,
                              int annotationCount) {
}
