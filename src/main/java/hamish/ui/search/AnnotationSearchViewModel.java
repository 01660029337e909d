package hamish.ui.search;

import hamish.model.AnnotationHit;
import hamish.store.AnnotationQuery;
import hamish.store.AnnotationSearch;
import hamish.ui.common.StoreSession;
import hamish.ui.i18n.Messages;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Annotations across all documents filtered by tag, entity, speaker, author, note text and date ({@link AnnotationSearch}). */
public final class AnnotationSearchViewModel {

    private final StoreSession session;
    private final Messages messages;
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty entity = new SimpleStringProperty("");
    private final StringProperty speaker = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AnnotationHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long generation;

    public AnnotationSearchViewModel(StoreSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
    }

    /** Runs the filters as they are now; blank filters match anything. */
    public void search() {
        AnnotationQuery q = AnnotationQuery.any().withTag(tag.get()).withEntity(entity.get()).withSpeaker(speaker.get())
                .withAuthor(author.get()).withNoteText(note.get()).between(from.get(), to.get());
        long mine = ++generation;
        session.read(s -> new AnnotationSearch(s.database()).find(q), found -> {
            if (mine != generation) {
                return;
            }
            hits.setAll(found);
            status.set(found.isEmpty() ? messages.get("annotationSearch.none")
                    : messages.format("annotationSearch.count", found.size(), found.size() >= q.limit() ? 1 : 0));
        });
    }

    public void clear() {
        tag.set("");
        entity.set("");
        speaker.set("");
        author.set("");
        note.set("");
        from.set(null);
        to.set(null);
        hits.clear();
        status.set("");
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<AnnotationHit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
