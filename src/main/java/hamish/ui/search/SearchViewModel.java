package hamish.ui.search;

import hamish.model.SearchHit;
import hamish.store.CorpusSearch;
import hamish.store.SearchOptions;
import hamish.ui.common.StoreSession;
import hamish.ui.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Search over every document ({@link CorpusSearch}): one result per document with its keyword-in-context
 * lines, a page at a time. The query is the user's text as typed: quotes, stars and operator words are
 * plain words to the search service, so no input is an error.
 */
public final class SearchViewModel {

    static final int PAGE = SearchOptions.DEFAULT_LIMIT;
    /** Lines shown per document: enough to read a document's matches in the wide view, few enough to page quickly. */
    static final int LINES_PER_DOCUMENT = 10;

    private final StoreSession session;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty variants = new SimpleBooleanProperty();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final MatchCursor cursor = new MatchCursor(hits);
    private final LongFunction<Optional<LocalDate>> publishedOf;
    // The query and options the shown hits belong to: "more" continues that search, not what is typed now.
    private String shownQuery = "";
    private boolean shownVariants;
    // Bumped by every new search so that a slow earlier answer never replaces a later one.
    private long generation;

    /** {@code publishedOf} gives a document's publication date, shown beside its title (the hits do not carry it). */
    public SearchViewModel(StoreSession session, Messages messages, LongFunction<Optional<LocalDate>> publishedOf) {
        this.session = session;
        this.messages = messages;
        this.publishedOf = publishedOf;
    }

    /** Runs the typed query from the first page. */
    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        generation++;
        hits.clear();
        cursor.moveTo(null);
        hasMore.set(false);
        shownQuery = q;
        shownVariants = variants.get();
        if (q.isEmpty()) {
            status.set("");
            return;
        }
        load(0);
    }

    /** Adds the next page of documents to the results. */
    public void more() {
        if (hasMore.get() && !searching.get()) {
            load(hits.size());
        }
    }

    private void load(int offset) {
        long mine = generation;
        String q = shownQuery;
        // One document more than a page tells whether a further page exists without counting them all.
        SearchOptions options = SearchOptions.firstPage().withVariants(shownVariants)
                .withLinesPerHit(LINES_PER_DOCUMENT).page(offset, PAGE + 1);
        searching.set(true);
        session.read(s -> new CorpusSearch(s.database()).search(q, options), found -> {
            if (mine != generation) {
                return;
            }
            searching.set(false);
            List<SearchHit> page = found.size() > PAGE ? found.subList(0, PAGE) : found;
            hits.addAll(page);
            // The first match is ready for Enter as soon as results arrive; "more" keeps the place.
            if (cursor.current() == null) {
                cursor.first();
            }
            hasMore.set(found.size() > PAGE);
            status.set(hits.isEmpty() ? messages.get("search.none")
                    : messages.format("search.count", hits.size(), hasMore.get() ? 1 : 0));
        }, failure -> {
            if (mine == generation) {
                searching.set(false);
            }
        });
    }

    /** The match the keyboard is on. */
    public MatchCursor cursor() {
        return cursor;
    }

    /**
     * The line under a document's title: how many matches, and when not all are shown how many are, then the
     * outlet and the publication date. The count comes first: it sets the line's direction, and digits after
     * Arabic would be misordered.
     */
    public String details(SearchHit hit) {
        StringBuilder s = new StringBuilder(messages.format("search.matches", hit.matchCount()));
        if (hit.matchCount() > hit.lines().size() && !hit.lines().isEmpty()) {
            s.append(' ').append(messages.format("search.shown", hit.lines().size()));
        }
        // The date before the outlet: digits after an Arabic outlet would join its run and show out of order.
        publishedOf.apply(hit.documentId()).ifPresent(d -> s.append(" · ").append(d));
        if (!hit.outlet().isEmpty()) {
            s.append(" · ").append(hit.outlet());
        }
        return s.toString();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty variantsProperty() {
        return variants;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** "No documents match" or how many are shown; empty before the first search. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
