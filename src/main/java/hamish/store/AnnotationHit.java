package hamish.store;

import hamish.model.Annotation;
import java.time.LocalDate;

/** An annotation found by {@link AnnotationSearch}, with the names a result list shows; absent names are "". */
public record AnnotationHit(Annotation annotation, String documentTitle, String outlet, LocalDate published, String tagName,
                            String entityName, String speakerName, boolean orphaned) {
}
