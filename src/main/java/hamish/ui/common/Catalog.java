package hamish.ui.common;

import hamish.model.Entity;
import hamish.model.Tag;
import hamish.text.ArabicNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;

/** The tags (palette order) and entities of the open database, as the window shows them. */
public final class Catalog {

    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObservableList<Entity> entities = FXCollections.observableArrayList();
    // Auto-completion asks for suggestions from its own thread: it reads this copy, never the live list.
    private volatile List<Entity> entitySnapshot = List.of();
    // Looked up for every highlight and table cell drawn: by id, and colours parsed once per palette change.
    private Map<Long, Tag> tagsById = Map.of();
    private Map<Long, Color> colours = Map.of();
    private Map<Long, Entity> entitiesById = Map.of();
    private Map<String, String> tagLabels = Map.of();

    public Catalog() {
        entities.addListener((ListChangeListener<Entity>) c -> {
            entitySnapshot = List.copyOf(entities);
            Map<Long, Entity> byId = new HashMap<>();
            entities.forEach(e -> byId.put(e.id(), e));
            entitiesById = byId;
        });
        tags.addListener((ListChangeListener<Tag>) c -> {
            Map<Long, Tag> byId = new HashMap<>();
            Map<Long, Color> parsed = new HashMap<>();
            for (Tag t : tags) {
                byId.put(t.id(), t);
                parsed.put(t.id(), Color.web(t.colour()));
            }
            tagsById = byId;
            colours = parsed;
        });
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public ObservableList<Entity> entities() {
        return entities;
    }

    public Optional<Tag> tag(long id) {
        return Optional.ofNullable(tagsById.get(id));
    }

    public Optional<Entity> entity(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entitiesById.get(id));
    }

    /** The names the default tags are shown under in the window's language (stored name → shown name). */
    public void useTagLabels(Map<String, String> labels) {
        tagLabels = Map.copyOf(labels);
    }

    /** A tag's name as the window shows it: Person is شخص in the Arabic window; the stored name never changes. */
    public String label(Tag tag) {
        return label(tag.name());
    }

    /** The shown name of a tag known by its stored name (search hits carry the name only). */
    public String label(String storedName) {
        return tagLabels.getOrDefault(storedName, storedName);
    }

    /** The stored name of the tag shown as {@code shown}, or {@code shown} itself when no tag is shown so. */
    public String storedName(String shown) {
        return tagLabels.entrySet().stream().filter(e -> e.getValue().equals(shown)).map(Map.Entry::getKey).findFirst().orElse(shown);
    }

    public String tagName(long id) {
        return tag(id).map(this::label).orElse("");
    }

    public String entityName(Long id) {
        return entity(id).map(Entity::canonicalName).orElse("");
    }

    public Color colour(long tagId) {
        return colours.getOrDefault(tagId, Color.GRAY);
    }

    /** The entity whose name or alias folds to the same text as {@code name}. */
    public Optional<Entity> entityNamed(String name) {
        String folded = ArabicNormalizer.fold(name.strip());
        return entities.stream()
                .filter(e -> ArabicNormalizer.fold(e.canonicalName()).equals(folded)
                        || e.aliases().stream().anyMatch(a -> ArabicNormalizer.fold(a).equals(folded)))
                .findFirst();
    }

    /**
     * Entity names containing {@code typed} (folded), for auto-completion; safe to call from any thread.
     * A name typed out in full suggests nothing, so the list does not pop up again over a committed field.
     */
    public List<String> entityNamesMatching(String typed) {
        String folded = ArabicNormalizer.fold(typed == null ? "" : typed.strip());
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Entity> known = entitySnapshot;
        if (known.stream().anyMatch(e -> ArabicNormalizer.fold(e.canonicalName()).equals(folded))) {
            return List.of();
        }
        return known.stream().map(Entity::canonicalName)
                .filter(n -> ArabicNormalizer.fold(n).contains(folded))
                .sorted().limit(30).toList();
    }

    public void replaceEntity(Entity e) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).id() == e.id()) {
                entities.set(i, e);
                return;
            }
        }
        entities.add(e);
    }
}
