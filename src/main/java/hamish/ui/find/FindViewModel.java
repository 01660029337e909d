package hamish.ui.find;

import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.text.TextFinder;
import hamish.ui.annotations.DocumentViewModel;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Find in the open article: every match of the query (hamza, harakat and proclitics folded by
 * TextFinder) is proposed as a dashed highlight; next/previous walk them; "tag all" tags them all
 * with the current palette tag in one undoable step.
 */
public final class FindViewModel {

    private final DocumentViewModel document;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final ObservableList<Span> matches = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Span> currentMatch = new ReadOnlyObjectWrapper<>();

    public FindViewModel(DocumentViewModel document) {
        this.document = document;
        query.addListener((o, a, b) -> search());
        open.addListener((o, a, b) -> search());
        document.documentProperty().addListener((o, a, b) -> {
            // A new title is no reason to move the user's current match back to the first one.
            if (!DocumentViewModel.onlyDetailsChanged(a, b)) {
                search();
            }
        });
    }

    private void search() {
        Document doc = document.documentProperty().get();
        String q = query.get() == null ? "" : query.get().strip();
        List<Span> found = !open.get() || doc == null || q.isEmpty() ? List.of() : TextFinder.findAll(doc.text(), q);
        matches.setAll(found);
        document.proposals().setAll(found);
        setCurrent(found.isEmpty() ? -1 : 0);
    }

    public void next() {
        if (!matches.isEmpty()) {
            setCurrent((current.get() + 1) % matches.size());
        }
    }

    public void previous() {
        if (!matches.isEmpty()) {
            setCurrent((current.get() - 1 + matches.size()) % matches.size());
        }
    }

    /** Tags every match with the current palette tag; false when there is no tag or no match. */
    public boolean tagAll() {
        if (matches.isEmpty() || document.currentTagProperty().get() == null) {
            return false;
        }
        document.tagAll(List.copyOf(matches), document.currentTagProperty().get());
        return true;
    }

    /** The tag "Tag all" applies: the palette's current tag. */
    /** The current tag's name as the window shows it. */
    public String tagLabel(Tag tag) {
        return document.catalog().label(tag);
    }

    public ObjectProperty<Tag> tagProperty() {
        return document.currentTagProperty();
    }

    public void close() {
        open.set(false);
    }

    private void setCurrent(int index) {
        current.set(index);
        currentMatch.set(index < 0 ? null : matches.get(index));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ObservableList<Span> matches() {
        return matches;
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The match to scroll to and select. */
    public ReadOnlyObjectProperty<Span> currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }
}
