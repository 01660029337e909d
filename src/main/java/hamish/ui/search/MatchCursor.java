package hamish.ui.search;

import hamish.model.SearchHit;
import hamish.model.Span;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The match the keyboard is on in a list of search results: Up/Down step through every line of every document
 * in order, PageUp/PageDown (and Left/Right) jump a document. Empty while there are no results. Kept apart from
 * the view so the stepping is tested without a window.
 */
public final class MatchCursor {

    /** The document and match a position opens: {@code match} is null for a document found by its title only. */
    public record Target(long documentId, Span match) {
    }

    private final List<SearchHit> hits;
    private final ReadOnlyObjectWrapper<SearchPosition> current = new ReadOnlyObjectWrapper<>();

    MatchCursor(List<SearchHit> hits) {
        this.hits = hits;
    }

    public ReadOnlyObjectProperty<SearchPosition> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public SearchPosition current() {
        return current.get();
    }

    /** Puts the cursor on {@code p} (a click on a line), or clears it with null. */
    public void moveTo(SearchPosition p) {
        current.set(p == null || valid(p) ? p : null);
    }

    public void nextMatch() {
        SearchPosition p = current.get();
        if (p == null) {
            first();
        } else if (p.line() + 1 < stops(p.hit())) {
            current.set(new SearchPosition(p.hit(), p.line() + 1));
        } else if (p.hit() + 1 < hits.size()) {
            current.set(new SearchPosition(p.hit() + 1, 0));
        }
    }

    public void previousMatch() {
        SearchPosition p = current.get();
        if (p == null) {
            first();
        } else if (p.line() > 0) {
            current.set(new SearchPosition(p.hit(), p.line() - 1));
        } else if (p.hit() > 0) {
            current.set(new SearchPosition(p.hit() - 1, stops(p.hit() - 1) - 1));
        }
    }

    public void nextDocument() {
        SearchPosition p = current.get();
        if (p == null) {
            first();
        } else if (p.hit() + 1 < hits.size()) {
            current.set(new SearchPosition(p.hit() + 1, 0));
        }
    }

    /** To the first match of the previous document; from inside a document, to its own first match first. */
    public void previousDocument() {
        SearchPosition p = current.get();
        if (p == null) {
            first();
        } else if (p.line() > 0) {
            current.set(new SearchPosition(p.hit(), 0));
        } else if (p.hit() > 0) {
            current.set(new SearchPosition(p.hit() - 1, 0));
        }
    }

    /** What Enter opens. */
    public Optional<Target> target() {
        SearchPosition p = current.get();
        if (p == null || !valid(p)) {
            return Optional.empty();
        }
        SearchHit hit = hits.get(p.hit());
        return Optional.of(new Target(hit.documentId(), hit.lines().isEmpty() ? null : hit.lines().get(p.line()).match()));
    }

    void first() {
        current.set(hits.isEmpty() ? null : new SearchPosition(0, 0));
    }

    /** A document with no lines (found by title) is still one stop. */
    private int stops(int hit) {
        return Math.max(1, hits.get(hit).lines().size());
    }

    private boolean valid(SearchPosition p) {
        return p.hit() >= 0 && p.hit() < hits.size() && p.line() >= 0 && p.line() < stops(p.hit());
    }
}
