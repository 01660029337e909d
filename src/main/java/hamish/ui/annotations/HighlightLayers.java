package hamish.ui.annotations;

import hamish.model.Annotation;
import hamish.model.AnnotationSpan;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.ui.common.Catalog;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.HighlightStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * What the reader draws for the open document, in paint order: stored annotations in their tag's
 * colour (the selected one in FOCUS style), annotations still being saved, then find proposals
 * dashed in the current tag's colour. Proposals carry id 0, pending ones negative ids, so a click
 * on them selects nothing.
 */
final class HighlightLayers {

    static final Color PROPOSAL = Color.web("#1565C0");

    private HighlightLayers() {
    }

    static List<Highlight> of(List<Annotation> stored, Annotation selected, List<Annotation> pending,
                              List<Span> proposals, Tag currentTag, Catalog catalog) {
        List<Highlight> list = new ArrayList<>(stored.size() + pending.size() + proposals.size());
        for (Annotation a : stored) {
            boolean focus = selected != null && selected.id() == a.id();
            list.add(new Highlight(a.id(), a.span(), catalog.colour(a.tagId()), focus ? HighlightStyle.FOCUS : HighlightStyle.FILL));
        }
        addPendingAndProposals(list, pending, proposals, currentTag, catalog);
        return List.copyOf(list);
    }

    /**
     * The same from the stored annotations' spans and tags alone (none selected: a selection waits until the
     * annotations are read), equal to {@link #of}'s list for the annotations they are the spans of.
     */
    static List<Highlight> of(List<AnnotationSpan> stored, List<Annotation> pending, List<Span> proposals, Tag currentTag,
                              Catalog catalog) {
        List<Highlight> list = new ArrayList<>(stored.size() + pending.size() + proposals.size());
        for (AnnotationSpan a : stored) {
            list.add(new Highlight(a.id(), a.span(), catalog.colour(a.tagId()), HighlightStyle.FILL));
        }
        addPendingAndProposals(list, pending, proposals, currentTag, catalog);
        return List.copyOf(list);
    }

    private static void addPendingAndProposals(List<Highlight> list, List<Annotation> pending, List<Span> proposals, Tag currentTag,
                                               Catalog catalog) {
        for (Annotation a : pending) {
            list.add(new Highlight(a.id(), a.span(), catalog.colour(a.tagId()), HighlightStyle.FILL));
        }
        Color proposalColour = currentTag == null ? PROPOSAL : Color.web(currentTag.colour());
        for (Span s : proposals) {
            list.add(new Highlight(0, s, proposalColour, HighlightStyle.DASHED));
        }
    }

    /** The tooltip of a highlight: tag, entity or speaker, then the note on its own line. */
    static String describe(Annotation a, Catalog catalog) {
        StringBuilder sb = new StringBuilder(catalog.tagName(a.tagId()));
        String entity = catalog.entityName(a.entityId());
        String speaker = catalog.entityName(a.speakerEntityId());
        if (!entity.isEmpty()) {
            sb.append(" · ").append(entity);
        }
        if (!speaker.isEmpty()) {
            sb.append(" · ").append(speaker);
        }
        if (!a.note().isEmpty()) {
            sb.append('\n').append(a.note());
        }
        return sb.toString();
    }
}
