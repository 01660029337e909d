package hamish.model;

import java.time.LocalDate;

/** An annotation found by {@code hamish.store.AnnotationSearch}, with the names a result list shows; absent names are "". */
public record AnnotationHit(Annotation annotation, String documentTitle, String outlet, LocalDate published, String tagName,
                            String entityName, String speakerName, boolean orphaned) {
}
