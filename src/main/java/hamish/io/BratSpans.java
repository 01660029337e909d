package hamish.io;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;

/**
 * What brat's fragments can say of a span. A fragment never holds a line break (the {@code .ann} line
 * would end there), so the exporter cuts a span at its line breaks; a break inside the span is implied
 * between two fragments, but one at the start or end of the span falls outside every fragment. Without
 * more, such a span came back one char shorter, silently (issue 13). The exporter therefore writes the
 * exact span in {@code hamish-meta.json} whenever the fragments do not reach its ends, and the importer
 * takes it from there after checking that only line breaks lie outside the fragments. A span of nothing
 * but line breaks has no fragment at all: brat cannot hold it, and the export says so rather than drop it.
 */
final class BratSpans {

    private BratSpans() {
    }

    /** Whether the first and last fragment of {@code span} are its ends (neither end is a line break). */
    static boolean fragmentsCoverTheSpan(String text, Span span) {
        return text.charAt(span.start()) != '\n' && text.charAt(span.end() - 1) != '\n';
    }

    /** Refuses the export, before anything is written, when an annotation is only line breaks. */
    static void refuseWhatBratCannotHold(ExportData data) {
        for (Document d : data.documents()) {
            for (Annotation a : data.annotationsOf(d)) {
                if (a.quote().chars().allMatch(c -> c == '\n')) {
                    throw new ExportException("annotation " + a.id() + " in document " + d.id() + " (\"" + ImportSession.abbreviate(d.title())
                            + "\") " + a.span() + " covers only line breaks, which brat cannot hold; nothing was exported. "
                            + "Export as JSON-LD, or widen or delete the annotation");
                }
            }
        }
    }

    /**
     * The span an imported T line stands for: {@code fragments} (first fragment's start to last one's end),
     * or the exact span the meta file gives, which may only add line breaks at either end; anything else
     * means the .ann was edited after the export and the file is refused rather than a span moved.
     */
    static Span exact(String text, Span fragments, Span fromMeta, ImportSession session, String where) {
        if (fromMeta == null || fromMeta.equals(fragments)) {
            return fragments;
        }
        boolean onlyBreaksAdded = fromMeta.start() <= fragments.start() && fromMeta.end() >= fragments.end()
                && fromMeta.end() <= text.length()
                && text.substring(fromMeta.start(), fragments.start()).chars().allMatch(c -> c == '\n')
                && text.substring(fragments.end(), fromMeta.end()).chars().allMatch(c -> c == '\n');
        if (!onlyBreaksAdded) {
            throw session.refuse(where + ": its fragments " + fragments + " do not match its span " + fromMeta + " in "
                    + BratExporter.META + " (was the .ann edited after the export?)");
        }
        return fromMeta;
    }
}
