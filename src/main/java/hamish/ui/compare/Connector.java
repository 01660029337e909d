package hamish.ui.compare;

import hamish.model.Link;
import hamish.model.Span;
import hamish.text.AlignedPair;
import java.util.Objects;

/**
 * A line between two neighbouring panes: a proposed sentence pair (drawn dashed until the user links it, doubled
 * when it is wire copy) or a
 * stored link between an annotation of the left-hand pane and one of the right-hand pane. {@code left} and
 * {@code right} are spans of the two panes' documents, by pane order (not by screen side).
 */
public record Connector(Span left, Span right, AlignedPair pair, Link link) {

    public Connector {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if ((pair == null) == (link == null)) {
            throw new IllegalArgumentException("a connector is either a proposed pair or a link");
        }
    }

    static Connector proposed(AlignedPair pair) {
        return new Connector(pair.a(), pair.b(), pair, null);
    }

    static Connector linked(Span left, Span right, Link link) {
        return new Connector(left, right, null, link);
    }

    public boolean isProposal() {
        return pair != null;
    }

    /** A proposed pair whose two sentences are one copied text: drawn as a double line. */
    public boolean isWireCopy() {
        return pair != null && pair.pair().isWire();
    }
}
